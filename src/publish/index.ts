export { assembleSiteData, buildSiteData, renderSiteNotices } from './site-data.ts';
export type { NoticePage, SiteData, SiteNotice } from './site-data.ts';
