import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { code, type Diagnostic } from '../diagnostics/index.ts';
import { childPointer } from './json-pointer.ts';
import { LineIndex } from './line-index.ts';
import { SourceMap, type OffsetRange, type SourceEntry } from './source-map.ts';

/** Plain data as read from YAML: what the schema validates. */
export type Data = null | boolean | number | string | Data[] | { [key: string]: Data };

/** A YAML file read into data, with the map back to its text. */
export interface ParsedSource {
  readonly file: string;
  /** The data, or undefined when the text is not well-formed YAML. */
  readonly data: Data | undefined;
  readonly sourceMap: SourceMap;
  readonly diagnostics: readonly Diagnostic[];
}

/** Limits that keep hostile YAML from exhausting memory or the stack. */
export interface ParseLimits {
  /** Most aliases (`*name`) a file may use. */
  readonly maxAliases: number;
  /** Most values a file may expand to, counting every alias expansion. */
  readonly maxValues: number;
  /** Deepest nesting of mappings and lists. */
  readonly maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliases: 50, maxValues: 200_000, maxDepth: 64 };

const yamlRuleIds: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab-indentation',
  BAD_ALIAS: 'yaml-alias',
  RESOURCE_EXHAUSTION: 'yaml-alias',
  NON_STRING_KEY: 'non-string-key',
};

/**
 * Reads YAML text into plain data and a source map (JSON pointer → key and value ranges).
 *
 * The only module that uses the `yaml` package. Syntax errors, duplicate keys,
 * tab indentation, alias abuse, non-text keys and excessive nesting come back as
 * diagnostics, never as exceptions; a byte-order mark and CRLF line ends are accepted.
 */
export function parseYaml(text: string, file: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedSource {
  // A byte-order mark is dropped; old Mac line ends (a lone CR) read as line ends, keeping every offset.
  const source = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r(?!\n)/gu, '\n');
  const lines = new LineIndex(source);
  const entries = new Map<string, SourceEntry>();
  const sourceMap = new SourceMap(entries, lines, source);
  const diagnostics: Diagnostic[] = [];
  const report = (ruleId: string, message: string, range: OffsetRange, pointer?: string): void => {
    diagnostics.push({
      ruleId,
      severity: 'error',
      message,
      file,
      ...(pointer === undefined ? {} : { pointer }),
      start: lines.positionAt(range.start),
      end: lines.positionAt(range.end),
    });
  };

  const depthProblem = findExcessiveNesting(source, limits.maxDepth);
  if (depthProblem !== undefined) {
    report('nesting-limit', `Unexpected nesting deeper than ${limits.maxDepth} levels; a notice needs far fewer`, { start: depthProblem, end: depthProblem + 1 });
    return { file, data: undefined, sourceMap, diagnostics };
  }

  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const reported = new Set<number>();
  for (const error of document.errors) {
    const start = openingOfUnclosed(error, source) ?? error.pos[0];
    if (reported.has(start)) continue; // one message per place: later ones follow from the first
    reported.add(start);
    report(yamlRuleIds[error.code] ?? 'yaml-syntax', describeYamlError(error, source), { start, end: Math.max(start, error.pos[1]) });
  }
  if (diagnostics.length > 0) return { file, data: undefined, sourceMap, diagnostics };

  const builder = new DataBuilder(document, entries, limits, report);
  const data = document.contents === null ? null : builder.build(document.contents as Node, '', undefined, 0);
  return { file, data: diagnostics.length > 0 ? undefined : data, sourceMap, diagnostics };
}

type Report = (ruleId: string, message: string, range: OffsetRange, pointer?: string) => void;

/** Walks the YAML syntax tree once, building plain data and recording where each value was written. */
class DataBuilder {
  readonly #document: Document;
  readonly #entries: Map<string, SourceEntry>;
  readonly #limits: ParseLimits;
  readonly #report: Report;
  #aliases = 0;
  #values = 0;
  /** The alias written in the file whose expansion is under way, for error positions. */
  #outermostAlias: OffsetRange | undefined;
  #stopped = false;

  constructor(document: Document, entries: Map<string, SourceEntry>, limits: ParseLimits, report: Report) {
    this.#document = document;
    this.#entries = entries;
    this.#limits = limits;
    this.#report = report;
  }

  build(node: Node, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    if (this.#stopped) return null;
    const value = rangeOf(node);
    if (!this.#entries.has(pointer)) this.#entries.set(pointer, key === undefined ? { value } : { key, value });
    this.#values += 1;
    if (this.#values > this.#limits.maxValues) {
      this.#stop('yaml-alias', `Unexpected size: the file holds more than ${this.#limits.maxValues} values, counting what aliases repeat; a notice needs far fewer`, value, pointer);
      return null;
    }
    if (depth > this.#limits.maxDepth) {
      this.#stop('nesting-limit', `Unexpected nesting deeper than ${this.#limits.maxDepth} levels; a notice needs far fewer`, value, pointer);
      return null;
    }
    if (isAlias(node)) return this.#buildAlias(node, pointer, key, depth);
    if (isMap(node)) return this.#buildMap(node, pointer, depth);
    if (isSeq(node)) return node.items.map((item, index) => this.build(item as Node, childPointer(pointer, index), undefined, depth + 1));
    if (isScalar(node)) return toScalarData(node.value);
    return null;
  }

  #buildAlias(node: Node & { resolve(document: Document): Node | undefined; source: string }, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    const isOutermost = this.#outermostAlias === undefined;
    if (isOutermost) this.#outermostAlias = rangeOf(node);
    this.#aliases += 1;
    if (this.#aliases > this.#limits.maxAliases) {
      this.#stop('yaml-alias', `Unexpected alias: aliases expand more than ${this.#limits.maxAliases} times in this file; write the values out instead`, this.#outermostAlias ?? rangeOf(node), pointer);
      return null;
    }
    const target = node.resolve(this.#document);
    if (target === undefined) {
      this.#stop('yaml-alias', `Unknown anchor \`&${node.source}\`; define the anchor before using \`*${node.source}\``, rangeOf(node), pointer);
      return null;
    }
    const data = this.build(target, pointer, key, depth + 1);
    if (isOutermost) this.#outermostAlias = undefined;
    return data;
  }

  #buildMap(node: Node & { items: { key: unknown; value: unknown }[] }, pointer: string, depth: number): Data {
    const result: { [key: string]: Data } = {};
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const keyRange = keyNode === null ? rangeOf(node) : rangeOf(keyNode);
      if (keyNode === null || !isScalar(keyNode) || (keyNode.value !== null && typeof keyNode.value === 'object')) {
        this.#stop('non-string-key', 'Unexpected key that is not plain text; keys are names such as `purposes`', keyRange, pointer);
        return null;
      }
      const name = String(keyNode.value);
      const childPath = childPointer(pointer, name);
      const valueNode = pair.value as Node | null;
      const value = valueNode === null ? null : this.build(valueNode, childPath, keyRange, depth + 1);
      if (valueNode === null) this.#entries.set(childPath, { key: keyRange, value: keyRange });
      // defineProperty keeps `__proto__` and friends as ordinary data keys.
      Object.defineProperty(result, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return result;
  }

  #stop(ruleId: string, message: string, range: OffsetRange, pointer: string): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#report(ruleId, message, range, pointer);
  }
}

function rangeOf(node: Node): OffsetRange {
  const range = node.range ?? [0, 0, 0];
  return { start: range[0], end: Math.max(range[0], range[1]) };
}

function toScalarData(value: unknown): Data {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return String(value);
}

function describeYamlError(error: YAMLError, source: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const lineEnd = source.indexOf('\n', error.pos[0]);
      const key = source.slice(error.pos[0], lineEnd === -1 ? undefined : lineEnd).split(':')[0]?.trim() ?? '';
      return `Duplicate key${key === '' ? '' : ` ${code(key)}`}: each key may appear only once in a mapping; merge the two or remove one`;
    }
    case 'TAB_AS_INDENT':
      return 'Unexpected tab character in indentation; YAML indents with spaces only, replace the tab with spaces';
    case 'MULTIPLE_DOCS':
      return 'Unexpected second document (`---`); write one notice per file';
    default: {
      const sentence = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '') ?? error.message;
      const plain = plainYamlMessages.find(([pattern]) => pattern.test(sentence))?.[1];
      return plain ?? `Invalid YAML: ${sentence}`;
    }
  }
}

/**
 * For an unclosed bracket or quote the parser reports where it gave up; the
 * fault is the bracket or quote left open, so point there.
 */
function openingOfUnclosed(error: YAMLError, source: string): number | undefined {
  const quote = /Missing closing (["'])quote/u.exec(error.message)?.[1];
  if (quote !== undefined) {
    const offset = source.lastIndexOf(quote, error.pos[0] - 1);
    return offset === -1 ? undefined : offset;
  }
  const closer = /end with a ([\]}])/u.exec(error.message)?.[1];
  if (closer === undefined) return undefined;
  const opener = closer === ']' ? '[' : '{';
  let depth = 0;
  for (let offset = Math.min(error.pos[0], source.length) - 1; offset >= 0; offset -= 1) {
    const char = source[offset];
    if (char === closer) depth += 1;
    else if (char === opener) {
      if (depth === 0) return offset;
      depth -= 1;
    }
  }
  return undefined;
}

/** Plainer words for the parser's most common messages. */
const plainYamlMessages: readonly (readonly [RegExp, string])[] = [
  [/^Implicit map keys need to be followed by map values/u, 'Missing `:` after a key; write `key: value`'],
  [/^Implicit keys need to be on a single line/u, 'Unexpected text: expected `key: value` with a space after the colon, or a key on one line'],
  [/^All mapping items must start at the same column/u, 'Unexpected indentation: the keys of one mapping must start at the same column'],
  [/^Missing closing (["'])quote/u, 'Missing closing quote: a quoted text must end with the same quote it starts with'],
  [/^Flow sequence in block collection must be sufficiently indented and end with a \]/u, 'Missing `]`: a list written as `[a, b]` must be closed on the same or a more indented line'],
  [/^Flow map in block collection must be sufficiently indented and end with a \}/u, 'Missing `}`: a mapping written as `{a: b}` must be closed on the same or a more indented line'],
];

/**
 * Finds the offset where the text nests deeper than `maxDepth`, before the
 * parser sees it: the `yaml` parser recurses (and can exhaust memory) on
 * thousands of nested flow brackets or block indicators such as `- - - -`.
 */
function findExcessiveNesting(source: string, maxDepth: number): number | undefined {
  return findDeepBlockLine(source, maxDepth) ?? findDeepFlow(source, maxDepth);
}

/** A line whose indentation and block indicators (`- `, `? `, `: `) open more than `maxDepth` levels. */
function findDeepBlockLine(source: string, maxDepth: number): number | undefined {
  const maxIndent = maxDepth * 8;
  let lineStart = 0;
  while (lineStart < source.length) {
    let offset = lineStart;
    let indicators = 0;
    while (offset < source.length) {
      const char = source[offset];
      if (char === ' ' || char === '\t') offset += 1;
      else if ((char === '-' || char === '?' || char === ':') && (source[offset + 1] === ' ' || source[offset + 1] === '\t')) {
        indicators += 1;
        offset += 2;
      } else break;
    }
    if (indicators > maxDepth || offset - lineStart > maxIndent) return offset;
    const next = source.indexOf('\n', offset);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return undefined;
}

/** Where flow brackets (`[`, `{`) nest deeper than `maxDepth`, outside quotes and comments. */
function findDeepFlow(source: string, maxDepth: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let offset = 0; offset < source.length; offset += 1) {
    const char = source[offset];
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') offset += 1;
      else if (char === quote) quote = undefined;
    } else if (char === '"') {
      quote = char;
    } else if (char === '#' && (offset === 0 || /\s/u.test(source[offset - 1] ?? ''))) {
      const end = source.indexOf('\n', offset);
      offset = end === -1 ? source.length : end;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > maxDepth) return offset;
    } else if (char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
