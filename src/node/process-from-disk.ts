import { mergeResults, processProject, type LintSettings, type PipelineResult } from '../pipeline/index.ts';
import type { Project } from '../project/index.ts';
import { DEFAULT_NOTICE_PATHS, runFromDisk, type LoadOptions } from './load-notices.ts';
import { defaultTranslator } from './locales.ts';

export interface LoadFromDiskOptions extends LoadOptions {
  /** Render every valid notice into its pages and record. */
  readonly render?: boolean;
  /** Lint every valid notice. */
  readonly lint?: LintSettings;
}

/**
 * Reads the files under `paths` and runs the whole pipeline over them in this
 * thread: what `lint`, `render`, `record` and the site on its own start from.
 * Problems reading a file come first among the problems.
 */
export function processFromDisk(
  paths: readonly string[] = DEFAULT_NOTICE_PATHS,
  options: LoadFromDiskOptions = {},
): PipelineResult & { readonly project: Project } {
  return runFromDisk(
    paths,
    options,
    (inputs, locales) =>
      processProject(inputs, {
        locales,
        ...(options.render === true ? { translator: defaultTranslator() } : {}),
        ...(options.lint === undefined ? {} : { lint: options.lint }),
      }),
    (shares) => mergeResults(shares, options.lint),
  );
}
