/**
 * Rewrites each top-level function declaration named by `names` into a
 * variable holding the same function in parentheses: `function f(…){…}`
 * becomes `var f = (function f(…){…});`. V8 compiles a function in
 * parentheses with the script (it expects it to be called soon) where it
 * would compile a declaration only when first called; compiled with the
 * script, it is in the code cache Node.js keeps between runs, so a later
 * start need not compile it again. For generated code whose every function
 * runs at once (the schema validators).
 *
 * The declarations must not be used before they are reached, as a variable
 * is not hoisted with its value: `export const x = f;` above `f` is turned
 * into `export { f as x };`, which reads `f` when used.
 */
export function eagerFunctions(code: string, names: RegExp): string {
  const declaration = new RegExp(`(?<=^|[;}\\n])function (${names.source})\\(`, 'gu');
  let result = '';
  let copied = 0;
  for (let match = declaration.exec(code); match !== null; match = declaration.exec(code)) {
    const start = match.index;
    const paramsEnd = closing(code, code.indexOf('(', start), '(', ')');
    const bodyEnd = closing(code, code.indexOf('{', paramsEnd), '{', '}');
    result += `${code.slice(copied, start)}var ${match[1] ?? ''} = (${code.slice(start, bodyEnd + 1)});`;
    copied = bodyEnd + 1;
    declaration.lastIndex = copied;
  }
  result += code.slice(copied);
  return result.replace(new RegExp(`export const (\\w+) = (${names.source});`, 'gu'), 'export { $2 as $1 };');
}

/** Where the bracket opened at `open` closes, past strings, regular expressions and comments. */
function closing(code: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let index = at; index < code.length; index += 1) {
    const char = code[index];
    if (char === '"' || char === "'" || char === '`') index = literalEnd(code, index);
    else if (char === '/' && startsExpression(code, index)) {
      if (code[index + 1] === '/') index = code.indexOf('\n', index);
      else if (code[index + 1] === '*') index = code.indexOf('*/', index) + 1;
      else index = literalEnd(code, index);
      if (index <= 0) break;
    } else if (char === open) depth += 1;
    else if (char === close && (depth -= 1) === 0) return index;
  }
  throw new Error(`No closing ${close} for the ${open} at ${at}`);
}

/** Whether an expression may start at `at` (so that a `/` there opens a regular expression or a comment, not a division). */
function startsExpression(code: string, at: number): boolean {
  const before = code.slice(Math.max(0, at - 20), at).trimEnd();
  const word = /[\w$]+$/u.exec(before)?.[0];
  if (word !== undefined) return KEYWORDS_BEFORE_EXPRESSION.has(word);
  const last = before.at(-1);
  return last === undefined || '(,=:[!&|?{};+-*%<>~^'.includes(last);
}

/** The words after which an expression starts, not a division. */
const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'instanceof',
  'yield',
  'await',
]);

/** Where the string or regular expression literal opened at `at` ends. */
function literalEnd(code: string, at: number): number {
  const quote = code[at];
  let inClass = false;
  for (let index = at + 1; index < code.length; index += 1) {
    const char = code[index];
    if (char === '\\') index += 1;
    else if (quote === '/' && char === '[') inClass = true;
    else if (quote === '/' && char === ']') inClass = false;
    else if (char === quote && !inClass) return index;
  }
  throw new Error(`Unterminated literal at ${at}`);
}
