import type { Diagnostic, Severity } from '../diagnostics/index.ts';
import type { LocationTarget, SourceMap } from './source-map.ts';

/** A diagnostic about the value (or key) at a JSON pointer of a file. */
export function diagnosticAt(
  source: { readonly file: string; readonly sourceMap: SourceMap },
  pointer: string,
  ruleId: string,
  message: string,
  options: { readonly severity?: Severity; readonly target?: LocationTarget } = {},
): Diagnostic {
  const location = source.sourceMap.locate(pointer, options.target);
  return { ruleId, severity: options.severity ?? 'error', message, file: source.file, pointer, start: location.start, end: location.end };
}
