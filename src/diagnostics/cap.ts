import type { Diagnostic } from './diagnostic.ts';

const TOO_MANY = 'too-many-problems';

/** Most problems reported for one file; the rest are counted in one last diagnostic. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

/**
 * The first problems of one file, and one more that counts the rest, placed
 * at the last one kept: a file with 90,000 faults prints 101 lines, not
 * 90,000.
 */
export function capPerFile(diagnostics: readonly Diagnostic[], max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  if (diagnostics.length <= max) return [...diagnostics];
  const kept = diagnostics.slice(0, max);
  const last = kept.at(-1) as Diagnostic;
  const dropped = diagnostics.slice(max);
  // a dropped summary already stands for problems nobody counted
  const count = dropped.some((diagnostic) => diagnostic.ruleId === TOO_MANY) ? `more than ${dropped.length - 1}` : String(dropped.length);
  return [
    ...kept,
    {
      ruleId: TOO_MANY,
      severity: 'error',
      message: `…and ${count} more problems in this file, not shown; fix these first`,
      file: last.file,
      start: last.start,
      end: last.end,
    },
  ];
}
