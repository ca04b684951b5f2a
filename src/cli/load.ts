import { sortDiagnostics, formatDiagnostics, summarize } from '../diagnostics/index.ts';
import { defaultTranslator, loadNotices } from '../node/index.ts';
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
  const sorted = sortDiagnostics(project.diagnostics);
  io.stderr(`${formatDiagnostics(sorted)}\n\n${summarize(sorted, project.fileCount)}; fix them and run again (\`seloste validate\` checks without building)\n`);
  return undefined;
}
