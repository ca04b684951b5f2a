import { formatDiagnostics, hasErrors, sortDiagnostics, summarize, toDiagnosticJson, type Diagnostic } from '../diagnostics/index.ts';
import type { CliIo } from './io.ts';

/** How a command prints diagnostics. */
export type DiagnosticFormat = 'text' | 'json';

/**
 * Prints diagnostics: as text on standard error with a one-line summary, or as
 * a JSON array on standard output. Returns whether any is an error.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number, format: DiagnosticFormat, io: CliIo, okSummary: string): boolean {
  const sorted = sortDiagnostics(diagnostics);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(sorted.map(toDiagnosticJson), null, 2)}\n`);
  } else {
    if (sorted.length > 0) io.stderr(`${formatDiagnostics(sorted)}\n\n`);
    io.stderr(`${sorted.length === 0 ? okSummary : summarize(sorted, fileCount)}\n`);
  }
  return hasErrors(sorted);
}
