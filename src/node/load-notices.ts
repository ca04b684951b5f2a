import { loadShare, mergeLoaded, type LoadedProject, type LoadedShare } from '../pipeline/load-stage.ts';
import type { InputFile, Project } from '../project/index.ts';
import { installedLocales } from './locale-files.ts';
import { readNoticeFiles } from './read-files.ts';

/** Where notices live when no path is given. */
export const DEFAULT_NOTICE_PATHS: readonly string[] = ['notices'];

export interface LoadOptions {
  readonly cwd?: string;
  /** The languages a notice may be in; by default those seloste has standard texts for (src/i18n/locales/). */
  readonly locales?: readonly string[];
}

/**
 * Reads the files under `paths`, runs `stage` of the pipeline over them in
 * this thread and merges its result with `merge`: what every command that
 * reads notices starts from. Problems reading a file come first among the
 * problems.
 */
export function runFromDisk<Share extends LoadedShare, Merged extends Omit<LoadedProject, 'leftOut'>>(
  paths: readonly string[],
  options: LoadOptions,
  stage: (inputs: readonly InputFile[], locales: readonly string[]) => Share,
  merge: (shares: readonly Share[]) => Merged,
): Merged & { readonly project: Project } {
  const read = readNoticeFiles(paths, options.cwd ?? process.cwd());
  const share = stage(read.inputs, options.locales ?? installedLocales());
  const merged = merge([{ ...share, problems: [...read.diagnostics, ...share.problems], fileCount: read.fileCount }]);
  const project = merged.project ?? { organisations: [], notices: [], diagnostics: merged.problems, fileCount: read.fileCount };
  return { ...merged, project: { ...project, fileCount: read.fileCount } };
}

/**
 * Reads and validates the notices and organisations under `paths` into a
 * {@link Project}: the pipeline's first stage only (what `validate` and `new`
 * need), which loads no lint or render code. {@link processFromDisk} runs the
 * whole pipeline.
 */
export function loadNotices(paths: readonly string[] = DEFAULT_NOTICE_PATHS, options: LoadOptions = {}): Project {
  return runFromDisk(paths, options, loadShare, mergeLoaded).project;
}
