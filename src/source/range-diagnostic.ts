import type { Diagnostic } from '../diagnostics/index.ts';
import type { LineIndex } from './line-index.ts';
import type { OffsetRange } from './source-map.ts';

/** An error about a range of a file's text, placed by line and column (and at a JSON pointer, where one is known). */
export function rangeDiagnostic(file: string, lines: LineIndex, ruleId: string, message: string, range: OffsetRange, pointer?: string): Diagnostic {
  return {
    ruleId,
    severity: 'error',
    message,
    file,
    ...(pointer === undefined ? {} : { pointer }),
    start: lines.positionAt(range.start),
    end: lines.positionAt(range.end),
  };
}
