import { mergeResults, processProject, type LintSettings, type PipelineResult } from '../pipeline/index.ts';
import type { Project } from '../project/index.ts';
import { installedLocales } from './locale-files.ts';
import { defaultTranslator } from './locales.ts';
import { readNoticeFiles } from './read-files.ts';

/** Where notices live when no path is given. */
export const DEFAULT_NOTICE_PATHS: readonly string[] = ['notices'];

export interface LoadFromDiskOptions {
  readonly cwd?: string;
  /** The languages a notice may be in; by default those seloste has standard texts for (src/i18n/locales/). */
  readonly locales?: readonly string[];
  /** Render every valid notice into its pages and record. */
  readonly render?: boolean;
  /** Lint every valid notice. */
  readonly lint?: LintSettings;
}

/**
 * Reads the files under `paths` and runs the pipeline over them in this
 * thread: what `validate`, `lint`, `render`, `record` and the site on its own
 * start from. Problems reading a file come first among the problems.
 */
export function processFromDisk(
  paths: readonly string[] = DEFAULT_NOTICE_PATHS,
  options: LoadFromDiskOptions = {},
): PipelineResult & { readonly project: Project } {
  const cwd = options.cwd ?? process.cwd();
  const read = readNoticeFiles(paths, cwd);
  const share = processProject(read.inputs, {
    locales: options.locales ?? installedLocales(),
    ...(options.render === true ? { translator: defaultTranslator() } : {}),
    ...(options.lint === undefined ? {} : { lint: options.lint }),
  });
  const merged = mergeResults([{ ...share, problems: [...read.diagnostics, ...share.problems], fileCount: read.fileCount }], options.lint);
  const project = merged.project ?? { organisations: [], notices: [], diagnostics: merged.problems, fileCount: read.fileCount };
  return { ...merged, project: { ...project, fileCount: read.fileCount } };
}

/** Reads and validates the notices and organisations under `paths` into a {@link Project}. */
export function loadNotices(paths: readonly string[] = DEFAULT_NOTICE_PATHS, options: LoadFromDiskOptions = {}): Project {
  return processFromDisk(paths, options).project;
}
