/**
 * seloste's node entry (`seloste/node`): the file system and the site build
 * around the pure core (`seloste`, src/index.ts).
 */
export { DEFAULT_NOTICE_PATHS, loadNotices } from './load-notices.ts';
export { processFromDisk } from './process-from-disk.ts';
export type { LoadFromDiskOptions } from './process-from-disk.ts';
export { collectYamlFiles, MissingPathError, readNoticeFiles } from './read-files.ts';
export { defaultTranslator, readLocaleResources } from './locales.ts';
export { installedLocales } from './locale-files.ts';
export { loadSite } from './load-site.ts';
export { prepareSite } from './prepare-site.ts';
export type { PreparedSite, PrepareOptions } from './prepare-site.ts';
export { buildSite } from './build-site.ts';
export type { BuildSiteOptions, BuiltSite } from './build-site.ts';
export { CONFIG_FILE, loadProjectConfig } from './load-config.ts';
export type { ProjectConfig } from './load-config.ts';
export { assertReplaceableOutput, SITE_MARKER } from './output-folder.ts';
export { PathError } from './path-error.ts';
export { today } from './today.ts';
