import { code, escapeCharacter } from '../diagnostics/message.ts';
import type { OffsetRange } from './source-map.ts';

/** A character that looks like a space (or nothing) but is not one to YAML, where YAML expects a space. */
export interface UnusualWhitespace {
  readonly offset: number;
  readonly message: string;
}

/** A plain (unquoted) text as written, with the offset where it starts. */
export interface PlainText {
  readonly offset: number;
  readonly source: string;
}

/**
 * Characters that look like a space, or like nothing, and often come along
 * with text copied from a word processor or a web page.
 */
const NAMES: Readonly<Record<string, string>> = {
  '\u00A0': 'non-breaking space',
  '\u2002': 'en space',
  '\u2003': 'em space',
  '\u2007': 'figure space',
  '\u2009': 'thin space',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u202F': 'narrow non-breaking space',
  '\u2060': 'word joiner',
  '\u3000': 'ideographic space',
  '\uFEFF': 'zero-width no-break space',
};

const UNUSUAL_CLASS = '\\u00A0\\u1680\\u2000-\\u200D\\u202F\\u205F\\u2060\\u3000\\uFEFF';
const UNUSUAL = new RegExp(`[${UNUSUAL_CLASS}]`, 'u');
const INDENTATION = new RegExp(`^[ \\t${UNUSUAL_CLASS}]*`, 'u');
const AFTER_KEY = new RegExp(`^([^\\n]*?):([${UNUSUAL_CLASS}])`, 'u');
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;

/** Whether the text holds any space-like character at all: most files hold none and need no closer look. */
export function holdsUnusualWhitespace(source: string): boolean {
  return UNUSUAL.test(source);
}

/** `U+00A0 (non-breaking space)`. */
function describeCharacter(char: string): string {
  const number = escapeCharacter(char).replace('\\u', 'U+');
  return `${number} (${NAMES[char] ?? 'a space-like character'})`;
}

/** What to do about the character where an ordinary space belongs, and where it likely came from. */
function remedy(char: string): string {
  return `${ZERO_WIDTH.test(char) ? 'delete it' : 'replace it with an ordinary space'} (such characters come along with text pasted from a word processor or a web page)`;
}

/**
 * Finds space-like characters where YAML needs an ordinary space: in the
 * indentation of a line, and right after the colon of a key (`key:\u00A0value`).
 * YAML takes them for text, so the parser's own messages point elsewhere and
 * never name the character. Quoted texts, block texts and comments (`literal`)
 * may hold such characters; so may plain texts, except after the colon of a
 * key that starts a line.
 */
export function findUnusualWhitespace(source: string, literal: readonly OffsetRange[], plainTexts: readonly PlainText[]): UnusualWhitespace[] {
  return [...inIndentation(source, literal), ...afterKeys(source, plainTexts)].sort((a, b) => a.offset - b.offset);
}

function inIndentation(source: string, literal: readonly OffsetRange[]): UnusualWhitespace[] {
  const found: UnusualWhitespace[] = [];
  for (let lineStart = 0; lineStart < source.length;) {
    const indentation = INDENTATION.exec(source.slice(lineStart, lineStart + 200))?.[0] ?? '';
    const index = indentation.search(UNUSUAL);
    const offset = lineStart + index;
    if (index !== -1 && !literal.some((range) => range.start <= offset && offset < range.end)) {
      const char = indentation.charAt(index);
      found.push({ offset, message: `Unexpected ${describeCharacter(char)} in the indentation; YAML indents with ordinary spaces only: ${remedy(char)}` });
    }
    const next = source.indexOf('\n', lineStart);
    lineStart = next === -1 ? source.length : next + 1;
  }
  return found;
}

function afterKeys(source: string, plainTexts: readonly PlainText[]): UnusualWhitespace[] {
  return plainTexts.flatMap((text) => {
    const match = AFTER_KEY.exec(text.source);
    if (match === null || !startsLine(source, text.offset)) return [];
    const [, key = '', char = ''] = match;
    return [
      {
        offset: text.offset + key.length + 1,
        message: `Unexpected ${describeCharacter(char)} after ${code(`${key}:`)}; YAML needs an ordinary space after the colon of a key: ${remedy(char)}`,
      },
    ];
  });
}

/** Whether only indentation and block indicators (`- `, `? `) stand before `offset` on its line. */
function startsLine(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^(?:[ \t]*[-?](?=[ \t]))*[ \t]*$/u.test(source.slice(lineStart, offset));
}
