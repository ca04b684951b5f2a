export { DEFAULT_NOTICE_PATHS, loadNotices } from './load-notices.ts';
export type { LoadFromDiskOptions } from './load-notices.ts';
export { collectYamlFiles, displayPath, MAX_FILE_BYTES, MissingPathError, readInputFiles } from './read-files.ts';
export { defaultTranslator, readLocaleResources } from './locales.ts';
export { loadSite, siteNoticePaths } from './load-site.ts';
export { buildSite, packageRoot } from './build-site.ts';
export type { BuildSiteOptions } from './build-site.ts';
export { reportProgress, setProgressListener } from './progress.ts';
export { handedOverSiteData, handOverSiteData } from './handover.ts';
