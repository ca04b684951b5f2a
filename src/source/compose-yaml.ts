import { Composer, isAlias, isMap, isScalar, isSeq, Parser, type Document, type Node } from 'yaml';
import { capPerFile, code, type Diagnostic } from '../diagnostics/index.ts';
import { childPointer } from './json-pointer.ts';
import type { LineIndex } from './line-index.ts';
import { rangeDiagnostic } from './range-diagnostic.ts';
import type { OffsetRange, SourceEntry } from './source-map.ts';
import { findUnusualWhitespace, holdsUnusualWhitespace, type PlainText } from './unusual-whitespace.ts';
import type { Data, ParseLimits, SourceComment, YamlReading } from './yaml-reading.ts';
import { describeParserError, type ParserError, type ParserProblem } from './yaml-messages.ts';

/** The tags of YAML 1.2's core schema: the only ones a notice may write (`!!str` to quote a text). */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => `tag:yaml.org,2002:${name}`));

/** What the limits' messages say of what a file needs: the parser reads notices, organisations and the configuration alike. */
const FAR_FEWER = 'a notice, organisation or configuration file needs far fewer';

/** The message for nesting deeper than the limits allow. */
export function nestingMessage(limits: ParseLimits): string {
  return `Unexpected nesting deeper than ${limits.maxDepth} levels; ${FAR_FEWER}`;
}

/** Rules whose errors make the parser's later errors mere consequences. */
const INDENTATION_RULES = new Set(['tab-indentation', 'unusual-whitespace']);

/**
 * Reads any YAML text with the `yaml` package's parser and composer, and
 * reports what is wrong with it: syntax errors in plain words, duplicate
 * keys, tab indentation, space-like characters where a space belongs, alias
 * abuse, too many values, tags, merge keys, non-text keys, numbers and
 * characters no page could show as written, and a YAML version other than
 * 1.2. The data is undefined when anything is wrong.
 */
export function composeYaml(source: string, file: string, lines: LineIndex, limits: ParseLimits): YamlReading {
  const entries = new Map<string, SourceEntry>();
  const diagnostics: Diagnostic[] = [];
  const report: Report = (ruleId, message, range, pointer) => {
    diagnostics.push(rangeDiagnostic(file, lines, ruleId, message, range, pointer));
  };
  const tokens = [...new Parser().parse(source)];
  const found = collectTokens(tokens, holdsUnusualWhitespace(source));
  const { document, errors } = compose(tokens, source.length);
  for (const problem of syntaxProblems(source, found, errors)) report(problem.ruleId, problem.message, problem);
  const version = document.directives?.yaml.explicit === true ? document.directives.yaml.version : undefined;
  if (version !== undefined && version !== '1.2') {
    const at = source.indexOf('%YAML');
    report('yaml-version', `Unexpected \`%YAML ${version}\`: notices are YAML 1.2, where dates stay texts and \`<<\` merges nothing; remove the line`, {
      start: Math.max(at, 0),
      end: Math.max(at, 0) + 5,
    });
  }
  if (diagnostics.length > 0) return { data: undefined, entries, comments: found.comments, diagnostics: capPerFile(diagnostics) };

  const builder = new DataBuilder(document, entries, limits, report);
  const data = document.contents === null ? null : builder.build(document.contents as Node, '', undefined, 0);
  return { data: diagnostics.length > 0 ? undefined : data, entries, comments: found.comments, diagnostics: capPerFile(diagnostics) };
}

/**
 * The parser's errors in plain words, with space-like characters where a
 * space belongs: one a place, and none of those that merely follow from a
 * tab or such a character (from its line on).
 */
function syntaxProblems(source: string, found: TokenFacts, errors: readonly ParserError[]): ParserProblem[] {
  const unusualWhitespace = found.texts === undefined ? [] : findUnusualWhitespace(source, found.texts.literal, found.texts.plain);
  const problems = [
    ...unusualWhitespace.map((problem) => ({ ruleId: 'unusual-whitespace', message: problem.message, start: problem.offset, end: problem.offset + 1 })),
    ...errors.map((error) => describeParserError(error, source)),
  ].sort((a, b) => a.start - b.start);
  const firstIndentation = problems.find((problem) => INDENTATION_RULES.has(problem.ruleId))?.start;
  const consequencesFrom = firstIndentation === undefined ? Number.POSITIVE_INFINITY : source.lastIndexOf('\n', firstIndentation - 1) + 1;
  const places = new Set<number>();
  return problems.filter((problem) => {
    if ((!INDENTATION_RULES.has(problem.ruleId) && problem.start >= consequencesFrom) || places.has(problem.start)) return false;
    places.add(problem.start);
    return true;
  });
}

/** The first document of the tokens, and its errors; a second document is an error too. */
function compose(tokens: Parameters<Composer['compose']>[0], end: number): { document: Document; errors: ParserError[] } {
  // duplicate keys are found by the data builder, with a set per mapping: the composer's own check compares every pair
  const documents = [...new Composer({ uniqueKeys: false }).compose(tokens, true, end)];
  const [document, second] = documents;
  if (document === undefined) throw new Error('The YAML composer gives a document for every text');
  const errors: ParserError[] = [...document.errors];
  if (second !== undefined) errors.push({ code: 'MULTIPLE_DOCS', message: 'Source contains multiple documents', pos: [second.range[0], second.range[1]] });
  return { document, errors };
}

/** What the syntax tree tells beyond the data: comments, and where texts are written quoted, as blocks or plain. */
interface TokenFacts {
  readonly comments: SourceComment[];
  /** Where texts are written, which only the check for space-like characters needs: undefined when the file holds none. */
  readonly texts: WrittenTexts | undefined;
}

interface WrittenTexts {
  /** Quoted texts, block texts and comments: text that may hold any character. */
  readonly literal: OffsetRange[];
  readonly plain: PlainText[];
}

/** The comments of the syntax tree and, with `withTexts`, where its texts are written. */
function collectTokens(tokens: readonly unknown[], withTexts: boolean): TokenFacts {
  const facts: TokenFacts = { comments: [], texts: withTexts ? { literal: [], plain: [] } : undefined };
  const visit = (value: object): void => {
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) visit(item);
      return;
    }
    const token = value as { readonly [key: string]: unknown; type?: unknown; offset?: unknown; source?: unknown; props?: unknown };
    if (typeof token.offset === 'number' && typeof token.source === 'string') recordToken(facts, token.type, token.offset, token.source, token.props);
    // every token and collection of the tree, whatever its kind: a walk that needs no list of kinds
    for (const key in token) {
      const child = token[key];
      if (typeof child === 'object' && child !== null) visit(child);
    }
  };
  visit(tokens);
  facts.comments.sort((a, b) => a.offset - b.offset);
  return facts;
}

function recordToken(facts: TokenFacts, type: unknown, offset: number, source: string, props: unknown): void {
  if (type === 'comment') facts.comments.push({ offset, text: source });
  if (facts.texts !== undefined) recordText(facts.texts, type, offset, source, props);
}

function recordText(texts: WrittenTexts, type: unknown, offset: number, source: string, props: unknown): void {
  switch (type) {
    case 'comment':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
      texts.literal.push({ start: offset, end: offset + source.length });
      break;
    case 'block-scalar': {
      // the header (`|-`) and its line end come first; the text follows them
      const header = Array.isArray(props) ? (props.at(-1) as { offset?: number; source?: string } | undefined) : undefined;
      const start = (header?.offset ?? offset) + (header?.source?.length ?? 0);
      texts.literal.push({ start, end: start + source.length });
      break;
    }
    case 'scalar':
      texts.plain.push({ offset, source });
      break;
    default:
  }
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
      this.#stop(
        'size-limit',
        `Unexpected size: the file holds more than ${this.#limits.maxValues} values, counting what aliases repeat; ${FAR_FEWER}`,
        value,
        pointer,
      );
      return null;
    }
    if (depth > this.#limits.maxDepth) {
      this.#stop('nesting-limit', nestingMessage(this.#limits), value, pointer);
      return null;
    }
    if (isAlias(node)) return this.#buildAlias(node, pointer, key, depth);
    if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
      this.#stop(
        'yaml-tag',
        `Unexpected tag ${code(shortTag(node.tag))}: notices are plain YAML 1.2 texts, numbers, lists and mappings; remove the tag and write the value as text`,
        value,
        pointer,
      );
      return null;
    }
    if (isMap(node)) return this.#buildMap(node, pointer, depth);
    if (isSeq(node)) return node.items.map((item, index) => this.build(item as Node, childPointer(pointer, index), undefined, depth + 1));
    if (isScalar(node)) return this.#scalar(node.value, value, pointer);
    return null;
  }

  /** A scalar's value, refusing what no page or record could show as written: an infinite or undefined number, a broken character. */
  #scalar(data: unknown, range: OffsetRange, pointer: string): Data {
    if (typeof data === 'number' && (!Number.isFinite(data) || (Number.isInteger(data) && !Number.isSafeInteger(data)))) {
      this.#stop(
        'invalid-number',
        'Unexpected number that is infinite, not a number, or too large to keep exactly; write it as a text in quotes if it is one',
        range,
        pointer,
      );
      return null;
    }
    if (typeof data === 'string' && !data.isWellFormed()) {
      this.#stop(
        'invalid-character',
        'Unexpected lone surrogate (a broken `\\uD800`–`\\uDFFF` escape): the text is not valid Unicode; write the character itself',
        range,
        pointer,
      );
      return null;
    }
    return toScalarData(data);
  }

  #buildAlias(
    node: Node & { resolve(document: Document): Node | undefined; source: string },
    pointer: string,
    key: OffsetRange | undefined,
    depth: number,
  ): Data {
    const isOutermost = this.#outermostAlias === undefined;
    if (isOutermost) this.#outermostAlias = rangeOf(node);
    this.#aliases += 1;
    if (this.#aliases > this.#limits.maxAliases) {
      this.#stop(
        'yaml-alias',
        `Unexpected alias: aliases expand more than ${this.#limits.maxAliases} times in this file; write the values out instead`,
        this.#outermostAlias ?? rangeOf(node),
        pointer,
      );
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
    const seen = new Set<string>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const keyRange = keyNode === null ? rangeOf(node) : rangeOf(keyNode);
      if (keyNode === null || !isScalar(keyNode) || (keyNode.value !== null && typeof keyNode.value === 'object')) {
        this.#stop('non-string-key', 'Unexpected key that is not plain text; keys are names such as `purposes`', keyRange, pointer);
        return null;
      }
      const name = String(keyNode.value);
      if (name === '<<' && keyNode.type === 'PLAIN') {
        this.#stop('yaml-merge-key', 'Unexpected merge key `<<`: notices are YAML 1.2, which merges nothing; write the keys out', keyRange, pointer);
        return null;
      }
      if (seen.has(name)) {
        this.#report(
          'duplicate-key',
          `Duplicate key ${code(name)}: each key may appear only once in a mapping; merge the two or remove one`,
          keyRange,
          childPointer(pointer, name),
        );
        continue;
      }
      seen.add(name);
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

/** `!!binary` for the full `tag:yaml.org,2002:binary`; a local tag as written. */
function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
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
