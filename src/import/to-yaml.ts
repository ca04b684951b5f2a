import { parseYaml } from '../source/index.ts';

const WIDTH = 100;
const INDENT = '  ';

/** Whether a string can be written without quotes and read back as the same string. */
function plain(text: string): boolean {
  return (
    /^[\p{L}\p{N}(][^\n\t]*$/u.test(text) &&
    !/\s$/u.test(text) &&
    !/:(\s|$)|\s#|[[\]{}]|^\d+(\.\d+)?$|^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$|^0[xo]/u.test(text) &&
    !/^(true|false|null|yes|no|on|off|y|n)$/iu.test(text) &&
    !/["'`\\]/u.test(text.charAt(0))
  );
}

/** Whether a list can be written on one line: `[a, b]`. */
function inline(values: readonly unknown[]): boolean {
  return values.every((value) => typeof value === 'string' && /^[a-z0-9][a-z0-9.-]*$/u.test(value)) && values.join(', ').length < 70;
}

/** A long line folded at single spaces into lines of about `width` characters (`>-` keeps it one line). */
function fold(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let at = -1;
    for (let index = Math.min(width, rest.length - 1); index > 0; index -= 1) {
      if (rest[index] === ' ' && rest[index - 1] !== ' ' && rest[index + 1] !== ' ') {
        at = index;
        break;
      }
    }
    if (at === -1) {
      const next = rest.slice(width).search(/(?<=\S) (?=\S)/u);
      if (next === -1) break;
      at = width + next;
    }
    lines.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  lines.push(rest);
  return lines;
}

function scalar(text: string, indent: string, quoteAll: boolean): string {
  if (quoteAll) return JSON.stringify(text);
  if (text.includes('\n')) {
    if (/^\s/u.test(text) || /\s$/u.test(text) || /[\t\r]/u.test(text)) return JSON.stringify(text);
    return `|-\n${text
      .split('\n')
      .map((line) => (line === '' ? '' : `${indent}${line}`))
      .join('\n')}`;
  }
  if (plain(text) && text.length + indent.length <= WIDTH) return text;
  if (text.length + indent.length > WIDTH && !/^\s|\s$|\s\s|\t/u.test(text) && !/^[#>|]/u.test(text)) {
    return `>-\n${fold(text, WIDTH - indent.length)
      .map((line) => `${indent}${line}`)
      .join('\n')}`;
  }
  return JSON.stringify(text);
}

function emit(value: unknown, indent: string, quoteAll: boolean): string {
  if (Array.isArray(value)) {
    if (inline(value)) return ` [${value.join(', ')}]`;
    return `\n${value.map((item) => `${indent}-${emitItem(item, `${indent}${INDENT}`, quoteAll)}`).join('\n')}`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, child]) => child !== undefined);
    return `\n${entries.map(([key, child]) => `${indent}${key}:${emit(child, `${indent}${INDENT}`, quoteAll)}`).join('\n')}`;
  }
  if (typeof value === 'string') return ` ${scalar(value, indent, quoteAll)}`;
  return ` ${String(value)}`;
}

/** A list item: a mapping starts on the dash's line. */
function emitItem(value: unknown, indent: string, quoteAll: boolean): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const body = emit(value, indent, quoteAll);
    return ` ${body.slice(1 + indent.length)}`;
  }
  return emit(value, indent, quoteAll);
}

/**
 * Writes data as YAML the way notices are written by hand: block mappings in
 * the given key order, short lists of ids on one line, long texts folded
 * (`>-`), texts of several paragraphs as literal blocks (`|-`), and quotes
 * only where a value would otherwise read as something else (`"28100"`).
 * The text is read back with seloste's own parser and compared: should any
 * value not survive, every text is written in double quotes instead.
 */
export function toYaml(data: Readonly<Record<string, unknown>>, header: readonly string[] = []): string {
  const comments = header.map((line) => (line === '' ? '#' : `# ${line}`)).join('\n');
  const write = (quoteAll: boolean) => `${comments === '' ? '' : `${comments}\n\n`}${emit(data, '', quoteAll).slice(1)}\n`;
  const text = write(false);
  const back = parseYaml(text, 'draft.yaml');
  if (back.diagnostics.length === 0 && JSON.stringify(back.data) === JSON.stringify(data)) return text;
  return write(true);
}
