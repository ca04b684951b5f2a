import { sortDiagnostics, formatDiagnostics, summarize } from '../diagnostics/index.ts';
import { loadNotices } from '../node/load-notices.ts';
import { defaultTranslator } from '../node/locales.ts';
import type { Project } from '../project/index.ts';
import type { CliIo } from './io.ts';

/**
 * Loads and validates notices for a command that needs valid input: prints
 * the problems and returns undefined when there are any.
 */
export function loadValidProject(paths: readonly string[], io: CliIo): Project | undefined {
  const project = loadNotices(paths, { cwd: io.cwd, locales: defaultTranslator().locales });
  const errors = project.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length === 0) return project;
  io.stderr(formatLoadErrors(project, 'fix them and run again'));
  return undefined;
}

/** The problems of a project that has errors, and a summary saying what follows. */
export function formatLoadErrors(project: Project, consequence: string): string {
  const sorted = sortDiagnostics(project.diagnostics);
  return `${formatDiagnostics(sorted)}\n\n${summarize(sorted, project.fileCount)}; ${consequence}\n`;
}
