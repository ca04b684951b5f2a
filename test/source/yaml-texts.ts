// YAML texts for comparing the two readers: documents written in the many
// layouts people and yaml's own stringify use (plain, quoted and block texts
// over several lines, lists at their key's indentation, comments and blank
// lines anywhere), and small edits of real files that break them in many ways.
import fc from 'fast-check';
import { random } from '../../scripts/bench/random.ts';

const KEYS = [
  'id',
  'fi',
  'en',
  'sv',
  'title',
  'items',
  'description',
  'kinds',
  'a',
  'b',
  'c',
  'd',
  'x1',
  'snake_case',
  'with-dash',
  'a.b',
  'a/b',
  'ä',
  '$organisation',
  'null',
  'true',
  'False',
  '1',
  '007',
  '0x1F',
  '1e3',
  '__proto__',
  'constructor',
];
const WORDS = [
  'rekisteri',
  'tietoja',
  'käsitellään',
  'personal',
  'data',
  'it’s',
  'C#',
  'a:b',
  'http://x.fi/a#b',
  '100%',
  'x-y',
  'e.g.',
  '“lainaus”',
  '(sulkeet)',
  'a,b',
  '[ref]',
  '{x}',
  'x!',
  '*',
  '&',
];
const SCALARS = [
  'null',
  '~',
  'true',
  'False',
  'TRUE',
  '0',
  '-0',
  '12',
  '+12',
  '007',
  '0o17',
  '0x1F',
  '1.5',
  '1.50',
  '.5',
  '-2.5e3',
  '1e400',
  '.inf',
  '.nan',
  '9007199254740993',
  '2025-01-31',
  '044 123 4567',
  'yes',
  'on',
  'Null',
  '-x',
  '-',
  '?x',
  ':x',
  '-.5',
  '- x',
  '?',
];
const ESCAPES = ['\\n', '\\t', '\\"', '\\\\', '\\u00e4', '\\x41', '\\ud800', '\\q', "''"];

/** A YAML document, from a seed: what a test prints when a comparison fails. */
export function yamlDocument(seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number): boolean => next() < p;
  const spaces = (count: number): string => ' '.repeat(Math.max(0, count));
  const lines: string[] = [];
  const words = (count: number): string => Array.from({ length: count }, () => pick(WORDS)).join(' ');

  /** Comment and blank lines, at any indentation. */
  const trivia = (indent: number): void => {
    while (chance(0.25)) {
      const column = pick([0, indent, indent + 1, indent + 2, Math.max(0, indent - 2), indent + 4]);
      lines.push(chance(0.5) ? `${spaces(column)}# ${words(2)}` : spaces(chance(0.7) ? 0 : column));
    }
  };
  const lineComment = (): string => (chance(0.15) ? `${pick([' ', '  '])}# ${words(1)}` : chance(0.03) ? '#x' : '');

  /** A scalar written after `prefix` (a key and colon, or a dash) on a line indented `indent`. */
  const scalar = (prefix: string, indent: number): void => {
    const continued = indent + pick([1, 1, 2, 3, 0]);
    switch (Math.floor(next() * 9)) {
      case 0:
        lines.push(`${prefix} ${pick(SCALARS)}${lineComment()}`);
        return;
      case 1: {
        // a plain text over several lines
        lines.push(`${prefix} ${words(3)}`);
        for (let line = 0; line < 1 + Math.floor(next() * 3); line += 1) {
          if (chance(0.2)) lines.push(spaces(chance(0.5) ? 0 : continued));
          lines.push(`${spaces(continued)}${chance(0.1) ? pick(['- x', '# not', 'k: v', '"q"']) : words(3)}${chance(0.1) ? ' ' : ''}`);
        }
        if (chance(0.3)) lines.push(`${prefix.length > 0 ? '' : ''}${spaces(continued)}`);
        return;
      }
      case 2:
        lines.push(`${prefix} '${words(2).replaceAll("'", "''")}${chance(0.1) ? "''" : ''}'${lineComment()}`);
        return;
      case 3: {
        const body = `${words(2)}${chance(0.3) ? pick(ESCAPES) : ''}`.replaceAll('"', chance(0.8) ? '\\"' : '"');
        if (chance(0.4)) {
          lines.push(`${prefix} "${body}`);
          if (chance(0.2)) lines.push('');
          lines.push(`${spaces(continued)}${words(2)}"${lineComment()}`);
        } else lines.push(`${prefix} "${body}"${lineComment()}`);
        return;
      }
      case 4:
      case 5: {
        const header = `${pick(['|', '>'])}${pick(['', '-', '+', '2', '-1'])}`;
        lines.push(`${prefix} ${header}${chance(0.15) ? ' # header' : ''}`);
        const bodyIndent = indent + pick([2, 2, 1, 3, 0]);
        if (chance(0.1)) lines.push(spaces(pick([0, bodyIndent, bodyIndent + 2])));
        for (let line = 0; line < 1 + Math.floor(next() * 4); line += 1) {
          const more = chance(0.2) ? pick([1, 2, -1]) : 0;
          lines.push(
            chance(0.15) ? spaces(pick([0, bodyIndent, bodyIndent + 1])) : `${spaces(bodyIndent + more)}${words(3)}${chance(0.1) ? ' # in text' : ''}`,
          );
        }
        while (chance(0.3)) lines.push(spaces(pick([0, bodyIndent - 1, bodyIndent, bodyIndent + 2])));
        return;
      }
      case 6:
        lines.push(
          `${prefix} [${Array.from({ length: Math.floor(next() * 4) }, () => pick(['fi', 'en', '"q"', "'s'", '1', 'a b', 'null', '-x', '[y]', ''])).join(pick([', ', ',', ' , ']))}]${lineComment()}`,
        );
        return;
      case 7:
        lines.push(`${prefix}${pick(['', ' ', '  # empty'])}`);
        return;
      default:
        lines.push(`${prefix} ${words(1 + Math.floor(next() * 4))}${pick(['', '', ' ', ': x', ':'])}${lineComment()}`);
    }
  };

  /** A mapping's entries at column `indent`; `first` is what stands before the first key on its line (a dash), if anything. */
  const mapping = (indent: number, depth: number, first = ''): void => {
    const count = 1 + Math.floor(next() * 4);
    const used = new Set<string>();
    for (let index = 0; index < count; index += 1) {
      let key = pick(KEYS);
      if (used.has(key) && chance(0.9)) key = `${key}${index}`;
      used.add(key);
      const prefix = `${index === 0 ? first : spaces(indent)}${key}:`;
      if (index > 0) trivia(indent);
      entryValue(prefix, indent, depth);
    }
  };

  /** The value of a key, written after `prefix` on a line indented `indent`. */
  const entryValue = (prefix: string, indent: number, depth: number): void => {
    const kind = depth > 3 ? 0 : Math.floor(next() * 4);
    if (kind === 0) return scalar(prefix, indent);
    lines.push(`${prefix}${lineComment()}`);
    trivia(indent + 2);
    const inner = indent + pick([2, 2, 4, 1, 3]);
    if (kind === 1) mapping(inner, depth + 1, spaces(inner));
    else sequence(chance(0.3) ? indent : inner, depth + 1);
  };

  /** A list at column `indent`. */
  const sequence = (indent: number, depth: number): void => {
    const count = 1 + Math.floor(next() * 4);
    for (let index = 0; index < count; index += 1) {
      if (index > 0) trivia(indent);
      const dash = `${spaces(indent)}-`;
      const kind = depth > 3 ? 0 : Math.floor(next() * 5);
      if (kind <= 1) scalar(dash, indent);
      else if (kind === 2) {
        const gap = pick([1, 1, 2, 3]);
        mapping(indent + 1 + gap, depth + 1, `${dash}${spaces(gap)}`);
      } else if (kind === 3) {
        lines.push(`${dash}${lineComment()}`);
        if (chance(0.7)) mapping(indent + 2, depth + 1, spaces(indent + 2));
      } else {
        lines.push(dash);
        sequence(indent + pick([2, 2, 0]), depth + 1);
      }
    }
  };

  trivia(0);
  mapping(0, 0);
  trivia(0);
  return `${lines.join('\n')}${chance(0.9) ? '\n' : ''}`;
}

/** Documents in the layouts YAML allows, from seeds. */
export const yamlDocuments = fc.integer().map((seed) => ({ seed, text: yamlDocument(seed) }));

const INSERTS = [
  ' ',
  '  ',
  '\n',
  '\n  ',
  '#',
  ' #',
  ': ',
  ':',
  '- ',
  '-',
  '"',
  "'",
  '|',
  '>',
  '|-',
  '[',
  ']',
  ',',
  '{',
  '}',
  'x',
  '0',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '? ',
  '%',
  '---\n',
  '...',
  '\t',
  '\r',
  '\u00a0',
  '\\',
  '~',
  '\n# c\n',
  '\n\n',
  'k: v\n',
];

/** Small edits of a text: inserting, deleting or re-indenting, each at a random place. */
export function mutated(text: string, seed: number): string {
  const next = random(seed);
  let result = text;
  const edits = 1 + Math.floor(next() * 3);
  for (let edit = 0; edit < edits; edit += 1) {
    const at = Math.floor(next() * (result.length + 1));
    const kind = Math.floor(next() * 4);
    if (kind === 0) result = `${result.slice(0, at)}${INSERTS[Math.floor(next() * INSERTS.length)] ?? ''}${result.slice(at)}`;
    else if (kind === 1) result = `${result.slice(0, at)}${result.slice(at + 1 + Math.floor(next() * 6))}`;
    else {
      // add or take away indentation of the line holding `at`
      const lineStart = result.lastIndexOf('\n', at - 1) + 1;
      result =
        kind === 2
          ? `${result.slice(0, lineStart)}${' '.repeat(1 + Math.floor(next() * 3))}${result.slice(lineStart)}`
          : `${result.slice(0, lineStart)}${result.slice(lineStart).replace(/^ {1,3}/u, '')}`;
    }
  }
  return result;
}
