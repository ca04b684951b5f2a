export { assembleSiteData, buildSiteData, renderSiteNotices } from './site-data.ts';
export type { NoticePage, SiteData, SiteNotice, SiteVersion, VersionPage } from './site-data.ts';
export { recordVersions, versionPath, withVersions } from './versions.ts';
export { HISTORY_ID, NOTICE_FILES } from './site-names.ts';
export { ASSETS_FOLDER, siteIdentity } from './site-identity.ts';
// the page paths the site publishes, which records name too
export { noticePagePath } from '../export/index.ts';
export type { IdentitySettings, LogoFile, PageText, SiteIdentity } from './site-identity.ts';
export { siteTexts } from './site-texts.ts';
export type { SiteTexts } from './site-texts.ts';
export { organisationsIndex, publishedSite, publishNotice, recordExports, recordIndexJson, recordsCsvText, siteRoot } from './published-site.ts';
export type { PageParts, PageSummary, PublishedNotice, PublishedSite, PublishOptions } from './published-site.ts';
