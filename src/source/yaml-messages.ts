import { code } from '../diagnostics/message.ts';

/** An error of the YAML parser: its code, its message and the offsets it concerns. */
export interface ParserError {
  readonly code: string;
  readonly message: string;
  readonly pos: readonly [number, number];
}

/** A parser error as a user should read it: rule id, plain message and where it starts. */
export interface ParserProblem {
  readonly ruleId: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

const ruleIds: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab-indentation',
  BAD_ALIAS: 'yaml-alias',
  RESOURCE_EXHAUSTION: 'yaml-alias',
  NON_STRING_KEY: 'non-string-key',
};

/** Says what a parser error means for someone writing a notice, and where its cause is. */
export function describeParserError(error: ParserError, source: string): ParserProblem {
  const ruleId = ruleIds[error.code] ?? 'yaml-syntax';
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const colon = colonInText(error.pos[0], source);
    if (colon !== undefined) return { ruleId, ...colon };
  }
  const start = openingOfUnclosed(error, source) ?? error.pos[0];
  return { ruleId, message: plainMessage(error, source), start, end: Math.max(start, error.pos[1]) };
}

function plainMessage(error: ParserError, source: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = restOfLine(source, error.pos[0]).split(':')[0]?.trim() ?? '';
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

/** Plainer words for the parser's most common messages. */
const plainYamlMessages: readonly (readonly [RegExp, string])[] = [
  [/^Implicit map keys need to be followed by map values/u, 'Missing `:` after a key; write `key: value`'],
  [/^Implicit keys need to be on a single line/u, 'Unexpected text: expected `key: value` with a space after the colon, or a key on one line'],
  [/^All mapping items must start at the same column/u, 'Unexpected indentation: the keys of one mapping must start at the same column'],
  [/^Missing closing (["'])quote/u, 'Missing closing quote: a quoted text must end with the same quote it starts with'],
  [
    /^Flow sequence in block collection must be sufficiently indented and end with a \]/u,
    'Missing `]`: a list written as `[a, b]` must be closed on the same or a more indented line',
  ],
  [
    /^Flow map in block collection must be sufficiently indented and end with a \}/u,
    'Missing `}`: a mapping written as `{a: b}` must be closed on the same or a more indented line',
  ],
];

function restOfLine(source: string, offset: number): string {
  const line = lineAt(source, offset);
  return line.text.slice(offset - line.start);
}

function lineAt(source: string, offset: number): { start: number; text: string } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return { start, text: source.slice(start, end === -1 ? undefined : end).replace(/\r$/u, '') };
}

/** Quotes that word processors put in a text, which YAML reads as ordinary characters. */
const TYPOGRAPHIC_QUOTE = /^[“”„‘’‚«»]/u;

/**
 * `fi: Huom: ilman tietoja…`: a text with `: ` in it, which YAML reads as a
 * mapping inside the value. Points at that colon and shows the text quoted.
 */
function colonInText(valueStart: number, source: string): Omit<ParserProblem, 'ruleId'> | undefined {
  const line = lineAt(source, valueStart);
  const text = restOfLine(source, valueStart)
    .replace(/\s+#.*$/u, '')
    .trim();
  const colon = text.indexOf(': ');
  if (colon === -1) return undefined;
  const key = line.text
    .slice(0, valueStart - line.start)
    .replace(/^[\s-]*/u, '')
    .replace(/:\s*$/u, '');
  const start = valueStart + colon;
  const example = `${key === '' ? '' : `${key}: `}${quoted(shortened(text))}`;
  const typographic = TYPOGRAPHIC_QUOTE.test(text) ? '; quotes such as “ ” are part of the text, YAML quotes are straight: `"` or `\'`' : '';
  return {
    start,
    end: start + 1,
    message:
      `Unexpected \`: \` (colon and space) in a text, where YAML expects a new key; put such a text in quotes, e.g. ${code(example)}, ` +
      `or write it as a block text: \`${key === '' ? '' : `${key}: `}>-\` with the text on the lines below, indented further${typographic}`,
  };
}

/** The text, cut at a word to at most about 40 characters for an example. */
function shortened(text: string): string {
  const cut = text.lastIndexOf(' ', 40);
  return text.length <= 40 || cut <= 0 ? text : `${text.slice(0, cut)} …`;
}

/** The text in YAML double quotes, or in single quotes when it holds `"` or `\`. */
function quoted(text: string): string {
  return /["\\]/u.test(text) ? `'${text.replaceAll("'", "''")}'` : `"${text}"`;
}

/**
 * For an unclosed bracket or quote the parser reports where it gave up; the
 * fault is the bracket or quote left open, so point there.
 */
function openingOfUnclosed(error: ParserError, source: string): number | undefined {
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
