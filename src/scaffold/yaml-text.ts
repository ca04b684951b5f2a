/**
 * Plain data written as block-style YAML 1.2, as a person would write it: the
 * templates of `seloste new` and the examples of the key reference. Only
 * `source/` reads YAML (with the `yaml` package); writing the few shapes a
 * template holds needs no package.
 */

/** Plain data as templates and schema examples hold it. */
export type PlainData = null | boolean | number | string | readonly PlainData[] | { readonly [key: string]: PlainData };

/** Values YAML 1.2's core schema reads as something other than a text, and the words YAML 1.1 tools read as booleans. */
const NOT_A_TEXT = [
  /^(?:~|null|Null|NULL)?$/u,
  /^(?:true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N)$/u,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/u,
  /^0o[0-7]+$/u,
  /^0x[0-9a-fA-F]+$/u,
  /^[-+]?\.(?:inf|Inf|INF)$/u,
  /^\.(?:nan|NaN|NAN)$/u,
];

/** A text that may stand unquoted in a block: starts with a letter or digit, one line, no `: ` or ` #`, no space at either end. */
const PLAIN = /^[\p{L}\p{N}](?:[^\p{Cc}\u2028\u2029]*[^\s:])?$/u;

/** A text that may also stand unquoted in a flow list (`[fi, en]`): no commas or brackets. */
const FLOW_PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}._@/ -]*$/u;

/** A key that needs no quotes. */
const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/u;

/** Whether a text may be written without quotes. */
function isPlain(text: string): boolean {
  return PLAIN.test(text) && !text.includes(': ') && !text.includes(' #') && !NOT_A_TEXT.some((pattern) => pattern.test(text));
}

/**
 * One scalar as YAML: a text unquoted where YAML reads it back as the same
 * text, else in double quotes (JSON's escapes are YAML's); numbers, booleans
 * and null as themselves.
 */
export function yamlScalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return String(value);
  return isPlain(value) ? value : JSON.stringify(value);
}

/** A mapping key as YAML. */
function yamlKey(key: string): string {
  return PLAIN_KEY.test(key) && !NOT_A_TEXT.some((pattern) => pattern.test(key)) ? key : JSON.stringify(key);
}

function isScalar(value: PlainData): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function isList(value: PlainData): value is readonly PlainData[] {
  return Array.isArray(value);
}

/** A list short and simple enough to write on one line: `[fi, en]`. */
function flowList(list: readonly PlainData[]): string | undefined {
  if (!list.every((item) => typeof item === 'string' && FLOW_PLAIN.test(item) && isPlain(item))) return undefined;
  const text = `[${list.join(', ')}]`;
  return text.length <= 60 ? text : undefined;
}

/**
 * A value as lines of block-style YAML, without indentation of their own:
 * mappings as `key: value` lines, lists of short words as `[a, b]`, other
 * lists as `- ` items.
 */
export function yamlLines(value: PlainData): string[] {
  if (isScalar(value)) return [yamlScalar(value)];
  if (isList(value)) {
    if (value.length === 0) return ['[]'];
    return value.flatMap((item) => {
      const [first = '', ...rest] = isScalar(item) || (isList(item) && flowList(item) !== undefined) ? [inline(item) ?? ''] : yamlLines(item);
      return [`- ${first}`, ...rest.map((line) => `  ${line}`)];
    });
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return ['{}'];
  return entries.flatMap(([key, child]) => {
    const shown = inline(child);
    return shown === undefined ? [`${yamlKey(key)}:`, ...yamlLines(child).map((line) => `  ${line}`)] : [`${yamlKey(key)}: ${shown}`];
  });
}

/** A value that fits after its key on the same line, or undefined when it takes lines of its own. */
function inline(value: PlainData): string | undefined {
  if (isScalar(value)) return yamlScalar(value);
  if (isList(value)) return value.length === 0 ? '[]' : flowList(value);
  return Object.keys(value).length === 0 ? '{}' : undefined;
}

/** A key and its value as YAML lines: `key: value`, or `key:` with the value's lines indented below. */
export function yamlEntry(key: string, value: PlainData): string[] {
  return yamlLines({ [key]: value });
}
