export { DEFAULT_NOTICE_PATHS, loadNotices } from './load-notices.ts';
export type { LoadFromDiskOptions } from './load-notices.ts';
export { collectYamlFiles, displayPath, MAX_FILE_BYTES, MissingPathError, readInputFiles } from './read-files.ts';
export { defaultTranslator, readLocaleResources } from './locales.ts';
