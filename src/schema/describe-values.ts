/**
 * What a schema message says of a value: what kind it is against what was
 * expected, what was likely meant, and the schema's hint.
 */
import { code } from '../diagnostics/index.ts';
import type { ErrorObject } from './ajv.ts';
import { isLocalizedText, type JsonSchema } from './schemas.ts';

/** `Expected a text for `postalCode`, got the number 531; put it in quotes: "00531"`. */
export function describeTypeError(error: ErrorObject, name: string, parent: JsonSchema, written: string | undefined): string {
  const expected = String((error.params as { type: string }).type);
  const got = describeValue(error.data);
  if (isLocalizedText(parent)) {
    return `Expected a localized text for ${name}, with one line per language such as \`fi: …\` and \`en: …\`, got ${got}`;
  }
  const quoteHint =
    expected === 'string' && (typeof error.data === 'number' || typeof error.data === 'boolean')
      ? `; put it in quotes: "${written ?? String(error.data)}"`
      : '';
  return `Expected ${describeType(expected)} for ${name}, got ${got}${quoteHint}`;
}

function describeType(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping (`key: value` lines)';
    case 'array':
      return 'a list (`- item` lines or `[a, b]`)';
    case 'string':
      return 'a text';
    case 'boolean':
      return '`true` or `false`';
    case 'number':
    case 'integer':
      return 'a number';
    default:
      return type;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'object':
      return 'a mapping';
    case 'string':
      return `the text ${code(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `\`${String(value)}\``;
    default:
      return typeof value;
  }
}

/**
 * The first sentence of a schema description, to follow a colon in a
 * message: `When the notice was last updated (YYYY-MM-DD).` → `when the
 * notice was last updated (YYYY-MM-DD)`.
 */
export function hint(description: unknown): string {
  if (typeof description !== 'string') return '';
  const sentence = (/^(.*?[.!?])(?=\s+[A-ZÄÖÅ]|$)/su.exec(description)?.[1] ?? description).trim().replace(/\.$/u, '');
  // `GDPR …` keeps its capitals; `When …` does not
  return /^\p{Lu}[\p{Lu}\d]/u.test(sentence) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** The value as it was likely meant: a date in Finnish form (`1.3.2025`) in ISO form, a web address with `https://`. */
export function correctedValue(format: unknown, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const written = value.trim();
  const finnishDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(written);
  if (format === 'date' && finnishDate !== null) {
    const [, day = '', month = '', year = ''] = finnishDate;
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  if (format === 'uri' && /^[\p{L}\d-]+(\.[\p{L}\d-]+)+(\/\S*)?$/u.test(written)) return `https://${written}`;
  return undefined;
}
