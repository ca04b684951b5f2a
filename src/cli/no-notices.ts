import { resolve } from 'node:path';
import { hasErrors, visible } from '../diagnostics/index.ts';
import { displayPath } from '../node/read-files.ts';
import type { Project } from '../project/index.ts';
import type { CliIo } from './io.ts';

/** What to say when the paths hold YAML files but no notice: a mistyped path, or only organisation files. */
export function noNoticesFound(paths: readonly string[], cwd: string): string {
  const where = paths.map((path) => visible(displayPath(resolve(cwd, path), cwd))).join(', ');
  return `No notices in ${where}: only organisation files were found. Give the folder of your notices (notices/ by default) or a notice file`;
}

/** Warns, without failing, when valid input holds no notice: checking nothing is not a success worth trusting. */
export function warnWhenNoNotices(project: Project, paths: readonly string[], io: CliIo): void {
  if (project.notices.length === 0 && !hasErrors(project.diagnostics)) io.stderr(`warning: ${noNoticesFound(paths, io.cwd)}.\n`);
}
