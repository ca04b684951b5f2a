import type { Diagnostic } from './diagnostic.ts';
import { countBySeverity } from './compare.ts';
import { visible } from './message.ts';

/**
 * One line per diagnostic, as compilers print them: `file:line:col: severity:
 * message [rule-id]`. Control and direction-changing characters in the file's
 * name are shown as escapes: a name holding a line break cannot forge a line.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, start, severity, message, ruleId } = diagnostic;
  return `${visible(file)}:${start.line}:${start.column}: ${severity}: ${message} [${ruleId}]`;
}

/** The diagnostics as lines, a blank line between files. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const diagnostic of diagnostics) {
    if (previousFile !== undefined && diagnostic.file !== previousFile) lines.push('');
    lines.push(formatDiagnostic(diagnostic));
    previousFile = diagnostic.file;
  }
  return lines.join('\n');
}

/** The fields a tool reads from `--format json`. */
export interface DiagnosticJson {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Diagnostic['severity'];
  readonly ruleId: string;
  readonly message: string;
  readonly pointer?: string;
}

/** A diagnostic as a flat JSON object. */
export function toDiagnosticJson(diagnostic: Diagnostic): DiagnosticJson {
  return {
    file: diagnostic.file,
    line: diagnostic.start.line,
    column: diagnostic.start.column,
    endLine: diagnostic.end.line,
    endColumn: diagnostic.end.column,
    severity: diagnostic.severity,
    ruleId: diagnostic.ruleId,
    message: diagnostic.message,
    ...(diagnostic.pointer === undefined ? {} : { pointer: diagnostic.pointer }),
  };
}

/**
 * A one-line summary such as `2 errors and 1 warning in 2 of 5 files`: the
 * files named are those with a problem, out of the `fileCount` checked.
 */
export function summarize(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const counts = countBySeverity(diagnostics);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), ...(counts.info > 0 ? [plural(counts.info, 'note')] : [])];
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)} in ${filesWithProblems(diagnostics, fileCount)}`;
}

/** `2 files` when every file checked has a problem, else `2 of 5 files`. */
function filesWithProblems(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const withProblems = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size;
  // a file outside those counted (the configuration) has a problem: it was checked too
  const checked = Math.max(fileCount, withProblems);
  return withProblems === checked ? plural(checked, 'file') : `${withProblems} of ${plural(checked, 'file')}`;
}

/** `1 file`, `2 files`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
