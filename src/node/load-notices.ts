import { loadProject, type Project } from '../project/index.ts';
import { installedLocales } from './locale-files.ts';
import { readNoticeFiles } from './read-files.ts';

/** Where notices live when no path is given. */
export const DEFAULT_NOTICE_PATHS: readonly string[] = ['notices'];

export interface LoadFromDiskOptions {
  readonly cwd?: string;
  /** The languages a notice may be in; by default those seloste has standard texts for (src/i18n/locales/). */
  readonly locales?: readonly string[];
}

/**
 * Reads and validates the notices and organisations under `paths` into a
 * {@link Project}: what `validate`, `lint`, `render`, `record` and the site
 * on its own (`astro dev`) start from. `seloste build` reads them in shares
 * instead (see prepareSite).
 */
export function loadNotices(paths: readonly string[] = DEFAULT_NOTICE_PATHS, options: LoadFromDiskOptions = {}): Project {
  const cwd = options.cwd ?? process.cwd();
  const read = readNoticeFiles(paths, cwd);
  const project = loadProject(read.inputs, { locales: options.locales ?? installedLocales() });
  return { ...project, diagnostics: [...read.diagnostics, ...project.diagnostics], fileCount: read.fileCount };
}
