export { assembleSiteData, buildSiteData, renderSiteNotices } from './site-data.ts';
export type { NoticePage, PageText, SiteData, SiteNotice } from './site-data.ts';
