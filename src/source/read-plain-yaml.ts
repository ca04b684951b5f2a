import { CST } from 'yaml';
import { childPointer } from './json-pointer.ts';
import { resolvePlainScalar } from './plain-scalar.ts';
import type { OffsetRange, SourceEntry } from './source-map.ts';
import { holdsUnusualWhitespace } from './unusual-whitespace.ts';
import type { Data, ParseLimits, SourceComment, YamlReading } from './yaml-reading.ts';

/**
 * Reads the YAML that notices are written in, in one pass over the text and
 * without building the `yaml` package's syntax tree and document: the same
 * data, source map and comments as the full reader, in a fraction of the time.
 *
 * What it reads: a mapping at the top; block mappings and lists, lists
 * written at the indentation of their key; plain and quoted texts, also over
 * several lines, and block texts (`|`, `>`, with `-` or `+`); numbers,
 * booleans and null as YAML 1.2's core schema reads them; one-line lists
 * such as `[fi, en]`; comments. Anything else gives undefined, and the full
 * reader reads the file: tags, anchors and aliases, directives, `---`, flow
 * mappings, explicit keys, quoted keys, tabs, carriage returns, control and
 * space-like characters, numbers no page could show as written, duplicate
 * keys, a file over the limits, and every syntax error. So whatever is wrong
 * with a file, the full reader says it, in the same words as before.
 *
 * Where a value ends matters to the source map, and the parser decides it
 * for lists and mappings by where it attaches the comment and blank lines
 * that follow their last value; {@link Open} follows the same rules.
 */
export function readPlainYaml(source: string, limits: ParseLimits): YamlReading | undefined {
  if (AVOIDED.test(source) || holdsUnusualWhitespace(source) || !source.isWellFormed()) return undefined;
  try {
    return new PlainReader(source, limits).read();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

/** Characters left to the full reader wherever they stand: tabs, carriage returns, other control characters and line separators. */
const AVOIDED = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/;

/** Thrown (one object, no stack to capture) where the text leaves what this reader reads; caught in {@link readPlainYaml}. */
const OUTSIDE = new Error('Outside the YAML this reader reads');

const NEWLINE = 0x0a;
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

/** A table of ASCII characters, for lookups in the reader's loops. */
function asciiTable(characters: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const char of characters) table[char.charCodeAt(0)] = 1;
  return table;
}

/** Characters that make a plain value something else when they start it, or that the full reader should look at. */
const INDICATORS = asciiTable('-?:,[]{}#&*!|>\'"%@`');

function isIndicator(code: number): boolean {
  return INDICATORS[code] === 1;
}

/** Where an item of a one-line list ends, and characters such an item does not hold here. */
const FLOW_STOPS = asciiTable(',[]{}#:');

/** A key as most files write it: a letter, digit, `_` or `$` (or any non-ASCII character) first, then these and `.`, `-`, `/`. */
function isKeyCharacter(code: number, first: boolean): boolean {
  if (code >= 0x80) return true;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x24) return true;
  return !first && (code === 0x2e || code === DASH || code === 0x2f);
}

/** The composer refuses an implicit key whose colon stands more than 1024 characters after its start. */
const LONGEST_KEY = 1000;

/** A line that holds a value (not blank, not only a comment). */
interface Line {
  readonly start: number;
  /** Where its first character other than a space stands. */
  readonly first: number;
  readonly indent: number;
  /** Where it ends: its line feed, or the end of the text. */
  readonly end: number;
}

/**
 * A block mapping or list being read, and what follows its last value so
 * far. The `yaml` parser attaches comment and blank lines after a value to
 * the innermost open collection: to a value that is still empty, or as a
 * "start" after the last entry. When the collection closes, that start stays
 * (and the collection's range ends after it) if it holds a comment at least
 * as indented as the collection, and moves to the enclosing collection
 * otherwise (always at indentation 0). A comment indented further than the
 * collection right after a one-line value would join that value: this reader
 * leaves such files to the full reader.
 */
class Open {
  readonly indent: number;
  /** `value`: the last value ended its line; `trivia`: comment or blank lines followed it; `empty`: the last value is empty and took them. */
  trail: 'value' | 'trivia' | 'empty' = 'value';
  /** Where the last value's range ends, with the rest of its line: what the collection's range ends with. */
  valueEnd = 0;
  /** Where what follows the last value ends. */
  end = 0;
  /** The column of the rightmost comment after the last value; -1 for none. */
  commentColumn = -1;
  /** Whether the last value is a one-line text or list, which would take a comment indented further than the collection. */
  valueTakesComments = false;
  /** Where an empty last value stands: after its colon or dash and the spaces that follow. */
  emptyAt = 0;
  /**
   * Whether an empty last value has a comment after it (or, in a list,
   * before its dash): then its range reaches over the lines that follow it,
   * else it ends where it stands.
   */
  emptyHasComment = false;
  /** Whether comment lines stand before the dash of a list's item being read. */
  itemHasComment = false;

  constructor(indent: number) {
    this.indent = indent;
  }

  /** The last value ended, with its line, at `end`. */
  value(end: number, takesComments: boolean): void {
    this.trail = 'value';
    this.valueEnd = end;
    this.end = end;
    this.valueTakesComments = takesComments;
  }

  /** The last value, at `at`, is empty so far; its line ends at `end`, with a comment or not. */
  empty(at: number, end: number, hasComment: boolean): void {
    this.trail = 'empty';
    this.emptyAt = at;
    this.end = end;
    this.emptyHasComment = this.itemHasComment || hasComment;
  }

  /** The end of the last value's range, with what the parser attaches to it. */
  lastValueEnd(): number {
    if (this.trail === 'empty') return this.emptyHasComment ? this.end : this.emptyAt;
    return this.trail === 'value' ? this.end : this.valueEnd;
  }

  /** Spaces or a line feed, ending at `end`. */
  space(end: number): void {
    if (this.trail === 'value') {
      this.trail = 'trivia';
      this.commentColumn = -1;
    }
    this.end = end;
  }

  /** A comment at `column`, ending at `end`. */
  comment(end: number, column: number): void {
    if (this.trail === 'value') {
      this.trail = 'trivia';
      this.commentColumn = column;
    } else if (this.trail === 'trivia') {
      if (this.commentColumn === -1 && column > this.indent && this.valueTakesComments) throw OUTSIDE;
      this.commentColumn = Math.max(this.commentColumn, column);
    } else this.emptyHasComment = true;
    this.end = end;
  }
}

function entry(key: OffsetRange | undefined, value: OffsetRange): SourceEntry {
  return key === undefined ? { value } : { key, value };
}

/** A scalar's value as data, refusing what the full reader reports: an infinite or inexact number, a value no tag could read. */
function scalarData(value: unknown): Data {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) throw OUTSIDE;
    return value;
  }
  if (value === null || typeof value === 'boolean' || (typeof value === 'string' && value.isWellFormed())) return value;
  throw OUTSIDE;
}

/** A flow or block scalar's text, read by the `yaml` package itself (escapes, folding, chomping). */
function scalarText(token: CST.FlowScalar | CST.BlockScalar): string {
  return CST.resolveAsScalar(token, true, () => {
    throw OUTSIDE;
  }).value;
}

class PlainReader {
  readonly #text: string;
  readonly #length: number;
  readonly #limits: ParseLimits;
  readonly #entries = new Map<string, SourceEntry>();
  readonly #comments: SourceComment[] = [];
  readonly #open: Open[] = [];
  #values = 0;
  /** Where the next line to read starts. */
  #at = 0;
  /** The line looked at and not yet read: null at the end of the text, undefined when none is. */
  #line: Line | null | undefined;

  constructor(text: string, limits: ParseLimits) {
    this.#text = text;
    this.#length = text.length;
    this.#limits = limits;
  }

  read(): YamlReading {
    const line = this.#take();
    const data = line === null ? null : line.indent === 0 ? this.#map(line.first, line, '', undefined, 0) : outside();
    return { data, entries: this.#entries, comments: this.#comments, diagnostics: [] };
  }

  /**
   * The next line that holds a value, passing comment and blank lines on to
   * the innermost open collection as the parser would: the spaces that
   * indent a line, comments, line feeds.
   */
  #peek(): Line | null {
    if (this.#line !== undefined) return this.#line;
    const text = this.#text;
    let at = this.#at;
    while (at < this.#length) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = this.#length;
      let first = at;
      while (text.charCodeAt(first) === SPACE) first += 1;
      if (first > at) this.#open.at(-1)?.space(first);
      const next = end < this.#length ? end + 1 : end;
      if (first < end && text.charCodeAt(first) !== HASH) {
        this.#at = at;
        this.#line = { start: at, first, indent: first - at, end };
        return this.#line;
      }
      if (first < end) this.#comment(first, end, first - at);
      if (end < this.#length) this.#open.at(-1)?.space(next);
      at = next;
    }
    this.#at = this.#length;
    this.#line = null;
    return null;
  }

  /** The next line that holds a value, to be read now. */
  #take(): Line | null {
    const line = this.#peek();
    this.#line = undefined;
    return line;
  }

  /** Reading goes on at the line after the one that ends at `end`. */
  #nextLineAfter(end: number): number {
    const next = end < this.#length ? end + 1 : end;
    this.#at = next;
    return next;
  }

  /** A comment on a line of its own, which the parser attaches as {@link Open} says. */
  #comment(start: number, end: number, column: number): void {
    this.#collect(start, end);
    this.#open.at(-1)?.comment(end, column);
  }

  /** A comment after a value on its line: part of that value's line. */
  #collect(start: number, end: number): void {
    this.#comments.push({ offset: start, text: this.#text.slice(start, end) });
  }

  /** Counts a value, refusing a file over the limits: the full reader reports it. */
  #count(depth: number): void {
    this.#values += 1;
    if (this.#values > this.#limits.maxValues || depth > this.#limits.maxDepth) throw OUTSIDE;
  }

  /** Ends a collection that started at `start`: its range, and what of its trail moves to the enclosing one. */
  #close(open: Open, start: number, pointer: string, key: OffsetRange | undefined): void {
    this.#open.pop();
    const end = open.lastValueEnd();
    const moved = open.trail === 'trivia' && (open.indent === 0 || open.commentColumn < open.indent);
    this.#entries.set(pointer, entry(key, { start, end: Math.max(start, end) }));
    const parent = this.#open.at(-1);
    if (parent === undefined) return;
    // the comment lines the collection keeps count where its parent's range may end
    const kept = open.trail === 'trivia' && !moved;
    parent.value(kept ? open.end : end, false);
    if (moved) {
      parent.trail = 'trivia';
      parent.end = open.end;
      parent.commentColumn = open.commentColumn;
    }
  }

  /** Where a plain key written at `at` ends: at its colon, followed by a space or the end of the line; -1 if there is none. */
  #keyEnd(at: number, lineEnd: number): number {
    const text = this.#text;
    if (!isKeyCharacter(text.charCodeAt(at), true)) return -1;
    let colon = at + 1;
    while (colon < lineEnd && isKeyCharacter(text.charCodeAt(colon), false)) colon += 1;
    if (text.charCodeAt(colon) !== COLON || colon - at > LONGEST_KEY) return -1;
    return colon + 1 === lineEnd || text.charCodeAt(colon + 1) === SPACE ? colon : -1;
  }

  #isDash(at: number): boolean {
    const next = this.#text.charCodeAt(at + 1);
    return this.#text.charCodeAt(at) === DASH && (at + 1 === this.#length || next === SPACE || next === NEWLINE);
  }

  /** A block mapping whose first key stands at `keyAt` on `line`. */
  #map(keyAt: number, line: Line, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    this.#count(depth);
    const indent = keyAt - line.start;
    const open = new Open(indent);
    this.#open.push(open);
    const result: { [key: string]: Data } = {};
    let at = keyAt;
    let current = line;
    for (;;) {
      const colon = this.#keyEnd(at, current.end);
      if (colon === -1) throw OUTSIDE;
      const name = String(scalarData(resolvePlainScalar(this.#text.slice(at, colon))));
      if (Object.hasOwn(result, name)) throw OUTSIDE;
      const keyRange = { start: at, end: colon };
      const value = this.#value(colon + 1, current, indent, false, childPointer(pointer, name), keyRange, depth + 1);
      // defineProperty keeps `__proto__` an ordinary data key
      if (name === '__proto__') Object.defineProperty(result, name, { value, enumerable: true, writable: true, configurable: true });
      else result[name] = value;
      const next = this.#peek();
      if (next === null || next.indent < indent) break;
      if (next.indent > indent) throw OUTSIDE;
      this.#take();
      current = next;
      at = next.first;
    }
    this.#close(open, keyAt, pointer, key);
    return result;
  }

  /** A block list whose first `-` starts `line`. */
  #list(line: Line, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    this.#count(depth);
    const open = new Open(line.indent);
    this.#open.push(open);
    const items: Data[] = [];
    let current = line;
    for (;;) {
      items.push(this.#value(current.first + 1, current, line.indent, true, childPointer(pointer, items.length), undefined, depth + 1));
      open.itemHasComment = false;
      const next = this.#peek();
      if (next === null || next.indent < line.indent) break;
      if (next.indent > line.indent) throw OUTSIDE;
      if (!this.#isDash(next.first)) break;
      // the comment lines after the last item belong to the next one
      open.itemHasComment = open.trail === 'trivia' && open.commentColumn !== -1;
      this.#take();
      current = next;
    }
    this.#close(open, line.first, pointer, key);
    return items;
  }

  /**
   * The value after a key's colon or a list's dash at `after` on `line`: on
   * that line, or (when the line ends there) a collection on the lines below.
   * `indent` is the enclosing collection's.
   */
  #value(after: number, line: Line, indent: number, inList: boolean, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    const text = this.#text;
    let at = after;
    while (text.charCodeAt(at) === SPACE) at += 1;
    const code = text.charCodeAt(at);
    if (at === line.end || code === HASH) return this.#valueBelow(at, line, indent, inList, pointer, key, depth);
    if (code === 0x22 || code === 0x27) return this.#quoted(at, line, indent, pointer, key, depth);
    if (code === 0x5b) return this.#flowList(at, line, pointer, key, depth);
    if (code === 0x7c || code === 0x3e) return this.#blockText(at, line, indent, pointer, key, depth);
    if (inList && this.#keyEnd(at, line.end) !== -1) return this.#map(at, line, pointer, undefined, depth);
    // `-`, `?` and `:` start a plain text (`-12`) unless a space follows them
    const next = text.charCodeAt(at + 1);
    if (isIndicator(code) && !((code === DASH || code === 0x3f || code === COLON) && at + 1 < line.end && next !== SPACE)) throw OUTSIDE;
    return this.#plain(at, line, indent, pointer, key, depth);
  }

  /** Nothing (or only a comment) after the colon or dash at `at`: a collection on the lines below, or an empty value (null) placed at `at`. */
  #valueBelow(at: number, line: Line, indent: number, inList: boolean, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    if (at < line.end) this.#collect(at, line.end);
    this.#open.at(-1)?.empty(at, this.#nextLineAfter(line.end), at < line.end);
    const next = this.#peek();
    // a list may stand at its key's own indentation
    if (next !== null && (next.indent > indent || (!inList && next.indent === indent && this.#isDash(next.first)))) {
      this.#take();
      return this.#isDash(next.first) ? this.#list(next, pointer, key, depth) : this.#map(next.first, next, pointer, key, depth);
    }
    this.#count(depth);
    this.#entries.set(pointer, entry(key, { start: at, end: at }));
    return null;
  }

  /** What may follow a value on its line: spaces, and a comment after at least one. */
  #lineTail(at: number, line: Line): void {
    let end = at;
    while (this.#text.charCodeAt(end) === SPACE) end += 1;
    if (end === line.end) return;
    if (end === at || this.#text.charCodeAt(end) !== HASH) throw OUTSIDE;
    this.#collect(end, line.end);
  }

  /** A one-line text or list ends its line: the line's end is where the collection's range may end. */
  #valueEndsLine(line: Line): void {
    this.#open.at(-1)?.value(this.#nextLineAfter(line.end), true);
  }

  /** Where a quoted text that opens at `at` closes, or -1; as the `yaml` lexer finds it. */
  #closingQuote(at: number): number {
    const text = this.#text;
    const quote = text[at] ?? '';
    let end = text.indexOf(quote, at + 1);
    if (quote === "'") {
      while (end !== -1 && text[end + 1] === "'") end = text.indexOf("'", end + 2);
      return end;
    }
    while (end !== -1) {
      let backslashes = 0;
      while (text[end - 1 - backslashes] === '\\') backslashes += 1;
      if (backslashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    return end;
  }

  /** A quoted text, which may go on over lines indented further than the enclosing collection. */
  #quoted(at: number, line: Line, indent: number, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    const close = this.#closingQuote(at);
    if (close === -1) throw OUTSIDE;
    const last = close < line.end ? line : this.#quotedLines(line.end, close, indent);
    const value = this.#quotedText(at, close);
    this.#lineTail(close + 1, last);
    this.#count(depth);
    this.#entries.set(pointer, entry(key, { start: at, end: close + 1 }));
    this.#valueEndsLine(last);
    return value;
  }

  /** The line where a quoted text that goes on after `newline` closes (at `close`), if each line between is blank or indented further than `indent`. */
  #quotedLines(newline: number, close: number, indent: number): Line {
    const text = this.#text;
    let start = newline + 1;
    for (;;) {
      let first = start;
      while (text.charCodeAt(first) === SPACE) first += 1;
      if (text.charCodeAt(first) !== NEWLINE && first - start <= indent) throw OUTSIDE;
      const end = text.indexOf('\n', start);
      if (end === -1 || end > close) return { start, first, indent: first - start, end: end === -1 ? this.#length : end };
      start = end + 1;
    }
  }

  #quotedText(at: number, close: number): string {
    const type = this.#text.charCodeAt(at) === 0x27 ? 'single-quoted-scalar' : 'double-quoted-scalar';
    return scalarData(scalarText({ type, offset: at, indent: 0, source: this.#text.slice(at, close + 1) })) as string;
  }

  /** A list on one line: `[a, "b", 3]`. */
  #flowList(at: number, line: Line, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    this.#count(depth);
    const text = this.#text;
    const items: Data[] = [];
    const skipSpaces = (from: number): number => {
      let end = from;
      while (text.charCodeAt(end) === SPACE) end += 1;
      return end;
    };
    let next = skipSpaces(at + 1);
    if (text.charCodeAt(next) !== 0x5d) {
      for (;;) {
        const start = next;
        let end: number;
        let value: Data;
        const code = text.charCodeAt(start);
        if (code === 0x22 || code === 0x27) {
          const close = this.#closingQuote(start);
          if (close === -1 || close >= line.end) throw OUTSIDE;
          value = this.#quotedText(start, close);
          end = close + 1;
          next = end;
        } else {
          if (start >= line.end || isIndicator(code)) throw OUTSIDE;
          next = start;
          while (next < line.end && FLOW_STOPS[text.charCodeAt(next)] !== 1) next += 1;
          end = next;
          while (text.charCodeAt(end - 1) === SPACE) end -= 1;
          value = scalarData(resolvePlainScalar(text.slice(start, end)));
        }
        this.#count(depth + 1);
        this.#entries.set(childPointer(pointer, items.length), { value: { start, end } });
        items.push(value);
        next = skipSpaces(next);
        const separator = text.charCodeAt(next);
        if (separator === 0x5d) break;
        if (separator !== 0x2c) throw OUTSIDE;
        next = skipSpaces(next + 1);
        // a trailing comma, or an empty item, is left to the full reader
        if (text.charCodeAt(next) === 0x5d || text.charCodeAt(next) === 0x2c) throw OUTSIDE;
      }
    }
    const end = next + 1;
    this.#lineTail(end, line);
    this.#entries.set(pointer, entry(key, { start: at, end }));
    this.#valueEndsLine(line);
    return items;
  }

  /**
   * A plain text: to a comment or the end of its line, and on the lines
   * below that are indented further than the enclosing collection, folded
   * as YAML folds them: a line break between two lines is a space, and each
   * blank line between them a line break.
   */
  #plain(at: number, line: Line, indent: number, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    const text = this.#text;
    const contentEnd = this.#plainLineEnd(at, line.end);
    let end = this.#trimEnd(at, contentEnd);
    let lastLine = line.end;
    let folded = text.slice(at, end);
    if (contentEnd < line.end) this.#collect(contentEnd + 1, line.end);
    else {
      let blankLines = 0;
      for (let scan = line.end + 1; scan < this.#length;) {
        let lineEnd = text.indexOf('\n', scan);
        if (lineEnd === -1) lineEnd = this.#length;
        let first = scan;
        while (text.charCodeAt(first) === SPACE) first += 1;
        if (first === lineEnd) blankLines += 1;
        else {
          if (first - scan <= indent) break;
          // a comment, an indicator or a `: ` in a continued text: the full reader says what it means
          if (isIndicator(text.charCodeAt(first)) || this.#plainLineEnd(first, lineEnd) < lineEnd) throw OUTSIDE;
          end = this.#trimEnd(first, lineEnd);
          folded += `${blankLines === 0 ? ' ' : '\n'.repeat(blankLines)}${text.slice(first, end)}`;
          blankLines = 0;
          lastLine = lineEnd;
        }
        scan = lineEnd + 1;
      }
    }
    const value = scalarData(resolvePlainScalar(folded));
    this.#count(depth);
    this.#entries.set(pointer, entry(key, { start: at, end }));
    this.#open.at(-1)?.value(this.#nextLineAfter(lastLine), true);
    return value;
  }

  /** Where a plain text's part on one line ends: before ` #`, or at the line's end; a `: ` or a final `:` is a key the full reader should see. */
  #plainLineEnd(from: number, lineEnd: number): number {
    const text = this.#text;
    for (let at = from; at < lineEnd; at += 1) {
      const code = text.charCodeAt(at);
      if (code === COLON && (at + 1 === lineEnd || text.charCodeAt(at + 1) === SPACE)) throw OUTSIDE;
      if (code === SPACE && text.charCodeAt(at + 1) === HASH) return at;
    }
    return lineEnd;
  }

  #trimEnd(from: number, to: number): number {
    let end = to;
    while (end > from && this.#text.charCodeAt(end - 1) === SPACE) end -= 1;
    return end;
  }

  /** A block text (`|`, `>`, with `-` or `+`) whose header stands at `at`; its lines are found as the `yaml` lexer finds them. */
  #blockText(at: number, line: Line, indent: number, pointer: string, key: OffsetRange | undefined, depth: number): Data {
    const text = this.#text;
    let headerEnd = at + 1;
    const chomping = text[headerEnd];
    if (chomping === '-' || chomping === '+') headerEnd += 1;
    let commentAt = headerEnd;
    while (text.charCodeAt(commentAt) === SPACE) commentAt += 1;
    if (commentAt < line.end && (commentAt === headerEnd || text.charCodeAt(commentAt) !== HASH)) throw OUTSIDE;
    if (line.end === this.#length) throw OUTSIDE;
    const props: CST.SourceToken[] = [{ type: 'block-scalar-header', offset: at, indent, source: text.slice(at, headerEnd) }];
    if (commentAt > headerEnd) props.push({ type: 'space', offset: headerEnd, indent, source: text.slice(headerEnd, commentAt) });
    if (commentAt < line.end) {
      props.push({ type: 'comment', offset: commentAt, indent, source: text.slice(commentAt, line.end) });
      this.#collect(commentAt, line.end);
    }
    props.push({ type: 'newline', offset: line.end, indent, source: '\n' });

    // the first line of the text holds some, indented further than the collection
    const bodyStart = line.end + 1;
    let first = bodyStart;
    while (text.charCodeAt(first) === SPACE) first += 1;
    const textIndent = first - bodyStart;
    if (first >= this.#length || text.charCodeAt(first) === NEWLINE || textIndent <= indent) throw OUTSIDE;
    // then blank lines and lines indented as far
    let newline = line.end;
    do {
      const lineStart = newline + 1;
      let spaces = 0;
      while (text.charCodeAt(lineStart + spaces) === SPACE) spaces += 1;
      if (text.charCodeAt(lineStart + spaces) !== NEWLINE && spaces < textIndent) break;
      newline = text.indexOf('\n', lineStart + spaces);
    } while (newline !== -1);
    if (newline === -1) newline = this.#length;
    // without `+`, trailing lines of no more spaces than the indentation are not part of it
    if (chomping !== '+') {
      for (;;) {
        let before = newline - 1;
        const lastCharacter = before;
        while (text.charCodeAt(before) === SPACE) before -= 1;
        if (text.charCodeAt(before) === NEWLINE && before >= bodyStart && before + 1 + textIndent > lastCharacter) newline = before;
        else break;
      }
    }
    const end = Math.min(newline + 1, this.#length);
    const value = scalarData(scalarText({ type: 'block-scalar', offset: at, indent, props, source: text.slice(bodyStart, end) }));
    this.#count(depth);
    this.#entries.set(pointer, entry(key, { start: at, end }));
    this.#at = end;
    this.#open.at(-1)?.value(end, false);
    return value;
  }
}

function outside(): never {
  throw OUTSIDE;
}
