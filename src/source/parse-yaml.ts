import type { Diagnostic } from '../diagnostics/index.ts';
import { composeYaml, nestingMessage } from './compose-yaml.ts';
import { LineIndex } from './line-index.ts';
import { findExcessiveNesting } from './nesting.ts';
import { rangeDiagnostic } from './range-diagnostic.ts';
import { readPlainYaml } from './read-plain-yaml.ts';
import { SourceMap } from './source-map.ts';
import { DEFAULT_PARSE_LIMITS, type Data, type ParseLimits, type SourceComment } from './yaml-reading.ts';

export { DEFAULT_PARSE_LIMITS };
export type { Data, ParseLimits, SourceComment };

/** A YAML file read into data, with the map back to its text. */
export interface ParsedSource {
  readonly file: string;
  /** The text as parsed: without a byte-order mark, and with old Mac line ends (a lone CR) read as line ends. */
  readonly text: string;
  /** The data, or undefined when the text is not well-formed YAML. */
  readonly data: Data | undefined;
  readonly sourceMap: SourceMap;
  /** The comments, in the order written; a `#` inside a quoted or block text is text, not a comment. */
  readonly comments: readonly SourceComment[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads YAML text into plain data and a source map (JSON pointer → key and value ranges).
 *
 * The way in to the source layer, the only one that reads YAML (and uses
 * the `yaml` package). Syntax errors, duplicate keys,
 * tab indentation, space-like characters where a space belongs, alias abuse,
 * too many values, non-text keys and excessive nesting come back as
 * diagnostics, never as exceptions; a byte-order mark and CRLF line ends are
 * accepted.
 *
 * Most files are read in one pass ({@link readPlainYaml}); whatever that
 * reader does not read, every file with a problem among them, goes to the
 * `yaml` package's parser and composer ({@link composeYaml}), which give the
 * same data and source map and say what is wrong.
 */
export function parseYaml(text: string, file: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedSource {
  // A byte-order mark is dropped; old Mac line ends (a lone CR) read as line ends, keeping every offset.
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const source = unmarked.includes('\r') ? unmarked.replace(/\r(?!\n)/gu, '\n') : unmarked;
  const lines = new LineIndex(source);
  const refused = (diagnostic: Diagnostic): ParsedSource => ({
    file,
    text: source,
    data: undefined,
    sourceMap: new SourceMap(new Map(), lines, source),
    comments: [],
    diagnostics: [diagnostic],
  });

  const nul = source.indexOf('\u0000');
  if (nul >= 0) {
    return refused(
      rangeDiagnostic(
        file,
        lines,
        'invalid-character',
        'Unexpected NUL character (U+0000): a YAML file holds text only; remove it (it often comes from a broken copy or a binary file)',
        { start: nul, end: nul + 1 },
      ),
    );
  }
  const depthProblem = findExcessiveNesting(source, limits.maxDepth);
  if (depthProblem !== undefined)
    return refused(rangeDiagnostic(file, lines, 'nesting-limit', nestingMessage(limits), { start: depthProblem, end: depthProblem + 1 }));

  const reading = readPlainYaml(source, limits) ?? composeYaml(source, file, lines, limits);
  return {
    file,
    text: source,
    data: reading.data,
    sourceMap: new SourceMap(reading.entries, lines, source),
    comments: reading.comments,
    diagnostics: reading.diagnostics,
  };
}
