export { assembleSiteData, buildSiteData, renderSiteNotices } from './site-data.ts';
export type { NoticePage, PageText, SiteData, SiteNotice } from './site-data.ts';
export { siteTexts } from './site-texts.ts';
export type { SiteTexts } from './site-texts.ts';
