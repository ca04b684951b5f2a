import { closestMatch, code, expectedOneOf, listOf, type Diagnostic } from '../diagnostics/index.ts';
import { childPointer, lastSegment, parentPointer, type LocationTarget, type SourceMap } from '../source/index.ts';
import type { ErrorObject } from './ajv.ts';
import type { JsonSchema } from './schemas.ts';

interface Finding {
  readonly ruleId: string;
  readonly pointer: string;
  readonly target: LocationTarget;
  readonly message: string;
}

/**
 * Turns ajv's errors into diagnostics placed at the key or value that is wrong.
 *
 * A missing property points at its parent's key and names it; an unknown key
 * points at that key and suggests the nearest known one; a bad enum value
 * points at the value and lists the allowed ones. Alternatives (`anyOf`) are
 * summarised, never printed branch by branch. An item of a list is named by
 * its id where it has one: purpose `jasenyys`.
 */
export function schemaDiagnostics(errors: readonly ErrorObject[], file: string, sourceMap: SourceMap, documentName: string): Diagnostic[] {
  const said = new Set<string>();
  return summariseAlternatives(errors).flatMap((error) => {
    const finding = describe(error, documentName, sourceMap);
    if (finding === undefined) return [];
    // a web address breaks its format and its pattern alike: say so once
    const key = `${finding.pointer}\u0000${finding.message}`;
    if (said.has(key)) return [];
    said.add(key);
    const location = sourceMap.locate(finding.pointer, finding.target);
    return [{ ruleId: finding.ruleId, severity: 'error', message: finding.message, file, pointer: finding.pointer, start: location.start, end: location.end }];
  });
}

/**
 * Replaces the errors of an `anyOf` by one summary: “missing one of …” when
 * every branch only asks for a property, else the errors of the branch that
 * came closest (the one whose errors lie deepest).
 */
function summariseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf');
  if (alternatives.length === 0) return errors.filter((error) => error.keyword !== 'if');
  const kept = new Set<ErrorObject>(errors.filter((error) => error.keyword !== 'if'));
  for (const alternative of alternatives) {
    const prefix = `${alternative.schemaPath}/`;
    const branchErrors = errors.filter((error) => error.schemaPath.startsWith(prefix));
    for (const error of branchErrors) kept.delete(error);
    const allRequired = branchErrors.length > 0 && branchErrors.every((error) => error.keyword === 'required' && error.instancePath === alternative.instancePath);
    if (allRequired) continue;
    kept.delete(alternative);
    for (const error of closestBranch(branchErrors, alternative.schemaPath)) kept.add(error);
  }
  return errors.filter((error) => kept.has(error));
}

function closestBranch(branchErrors: readonly ErrorObject[], schemaPath: string): ErrorObject[] {
  const byBranch = Map.groupBy(branchErrors, (error) => error.schemaPath.slice(schemaPath.length + 1).split('/')[0] ?? '');
  let best: ErrorObject[] = [];
  let bestDepth = -1;
  for (const group of byBranch.values()) {
    const depth = Math.max(...group.map((error) => error.instancePath.split('/').length));
    if (depth > bestDepth) {
      best = group;
      bestDepth = depth;
    }
  }
  return best;
}

function describe(error: ErrorObject, documentName: string, sourceMap: SourceMap): Finding | undefined {
  if (error.propertyName !== undefined) return undefined; // a key's own error: reported once, by `propertyNames`
  const at = error.instancePath;
  const name = at === '' ? documentName : placeName(at, error.data);
  const parent = (error.parentSchema ?? {}) as JsonSchema;
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const about = hint(propertySchema(parent, missing)?.['description']);
      return {
        ruleId: 'required-property',
        pointer: at,
        target: 'key',
        message: `Missing property ${code(missing)} in ${name}${about === '' ? '' : `: ${about}`}`,
      };
    }
    case 'anyOf': {
      const missing = (error.schema as { required?: string[] }[]).flatMap((branch) => branch.required ?? []);
      if (missing.length === 0) return { ruleId: 'invalid-value', pointer: at, target: 'value', message: `Unexpected value in ${name}: it fits none of the allowed forms` };
      return { ruleId: 'required-property', pointer: at, target: 'key', message: `Missing ${listOf(missing)} in ${name}: give at least one of them` };
    }
    case 'additionalProperties': {
      const unknown = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((parent['properties'] ?? {}) as object);
      const translated = closestMatch(unknown, known) === undefined ? translationBeside(unknown, error.data) : undefined;
      const tail = translated === undefined ? expectedOneOf(unknown, known) : `: a translation indented at the wrong level? Indent it as far as ${code(translated.language)} under ${code(translated.text)}`;
      return { ruleId: 'unknown-property', pointer: childPointer(at, unknown), target: 'key', message: `Unknown property ${code(unknown)} in ${name}${tail}` };
    }
    case 'propertyNames':
      return describeKeyName(error, at, name);
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'enum' ? (error.schema as unknown[]) : [error.schema];
      const expected = expectedOneOf(typeof error.data === 'string' ? error.data : undefined, allowed.map(String));
      return { ruleId: 'invalid-value', pointer: at, target: 'value', message: `Unexpected value ${code(error.data)} for ${name}${expected}` };
    }
    case 'type':
      return { ruleId: 'wrong-type', pointer: at, target: 'value', message: describeTypeError(error, name, parent, sourceMap.sourceText(at)) };
    case 'pattern':
    case 'format': {
      const what = String(parent['title'] ?? (error.keyword === 'format' ? error.schema : 'value'));
      const expected = hint(parent['description']);
      const proposal = correctedValue(parent['format'], error.data);
      const suggestion = proposal === undefined ? '' : `; did you mean ${code(proposal)}?`;
      const tail = expected === '' ? suggestion : `${suggestion === '' ? '; expected' : `${suggestion} Expected`} ${expected}`;
      return { ruleId: 'invalid-format', pointer: at, target: 'value', message: `Invalid ${what} ${code(error.data)} for ${name}${tail}` };
    }
    case 'minItems':
      return { ruleId: 'empty-value', pointer: at, target: 'key', message: `Expected at least ${String(error.schema)} item${error.schema === 1 ? '' : 's'} in ${name}, got ${(error.data as unknown[]).length}` };
    case 'minProperties':
      return { ruleId: 'empty-value', pointer: at, target: 'key', message: `Unexpected empty mapping for ${name}; ${parent['title'] === 'localized text' ? 'give the text in each language, e.g. `fi: …`' : 'give at least one entry or remove the key'}` };
    case 'minLength':
      return { ruleId: 'empty-value', pointer: at, target: 'value', message: `Unexpected empty text for ${name}; write the text or remove the key` };
    case 'maxLength':
      return { ruleId: 'invalid-format', pointer: at, target: 'value', message: `Text too long for ${name}: ${(error.data as string).length} characters, at most ${String(error.schema)}` };
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return { ruleId: 'duplicate-item', pointer: childPointer(at, Math.max(i, j)), target: 'value', message: `Duplicate item ${code((error.data as unknown[])[Math.max(i, j)])} in ${name}; list each item once` };
    }
    default:
      return { ruleId: 'invalid-value', pointer: at, target: 'value', message: `Unexpected value for ${name}: ${error.message ?? 'not allowed here'}` };
  }
}

function describeTypeError(error: ErrorObject, name: string, parent: JsonSchema, written: string | undefined): string {
  const expected = String((error.params as { type: string }).type);
  const got = describeValue(error.data);
  if (parent['title'] === 'localized text') {
    return `Expected a localized text for ${name}, with one line per language such as \`fi: …\` and \`en: …\`, got ${got}`;
  }
  const quoteHint = expected === 'string' && (typeof error.data === 'number' || typeof error.data === 'boolean') ? `; put it in quotes: "${written ?? String(error.data)}"` : '';
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
 * How messages name the place of a value: its key, or the list item it is,
 * by its id where it has one (purpose `jasenyys`), else by its number in the
 * list (item 2 of `retention.rules`).
 */
function placeName(pointer: string, data: unknown): string {
  const last = lastSegment(pointer) ?? '';
  if (!/^\d+$/u.test(last)) return code(last);
  const listPointer = parentPointer(pointer);
  const list = lastSegment(listPointer) ?? '';
  const owner = listPointer === '' ? undefined : lastSegment(parentPointer(listPointer));
  const id = typeof data === 'object' && data !== null && 'id' in data ? data.id : undefined;
  if (typeof id === 'string' && id !== '') return `${itemNoun(owner, list)} ${code(id)}`;
  return `item ${Number(last) + 1} of ${code(owner === undefined ? list : `${owner}.${list}`)}`;
}

/** What an item of a list is called: `purposes.items` holds purposes, `dataSubjects.groups` data subject groups. */
function itemNoun(owner: string | undefined, list: string): string {
  const singular = (name: string) => words(name).replace(/ies$/u, 'y').replace(/s$/u, '');
  if (owner === undefined) return singular(list);
  return list === 'items' ? singular(owner) : `${singular(owner)} ${singular(list)}`;
}

/** `dataCategories` → `data categories`. */
function words(name: string): string {
  return name.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ').toLowerCase();
}

function propertySchema(schema: JsonSchema, property: string): JsonSchema | undefined {
  const properties = schema['properties'] as Record<string, JsonSchema> | undefined;
  return properties?.[property];
}

/**
 * The first sentence of a schema description, to follow a colon in a
 * message: `When the notice was last updated (YYYY-MM-DD).` → `when the
 * notice was last updated (YYYY-MM-DD)`.
 */
function hint(description: unknown): string {
  if (typeof description !== 'string') return '';
  const sentence = (/^(.*?[.!?])(?=\s+[A-ZÄÖÅ]|$)/su.exec(description)?.[1] ?? description).trim().replace(/\.$/u, '');
  // `GDPR …` keeps its capitals; `When …` does not
  return /^\p{Lu}[\p{Lu}\d]/u.test(sentence) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/**
 * A key that is not one of the allowed names (`propertyNames`): a language
 * code where texts are keyed by language, else a name from a list such as
 * the lint rules.
 */
function describeKeyName(error: ErrorObject, at: string, name: string): Finding {
  const key = String((error.params as { propertyName: string }).propertyName);
  const names = error.schema as JsonSchema;
  const pointer = childPointer(at, key);
  if (Array.isArray(names['enum'])) {
    return { ruleId: 'unknown-property', pointer, target: 'key', message: `Unknown property ${code(key)} in ${name}${expectedOneOf(key, names['enum'].map(String))}` };
  }
  if (String(names['$ref']).endsWith('/locale')) {
    return { ruleId: 'invalid-language', pointer, target: 'key', message: `Unexpected language code ${code(key)} in ${name}; expected a BCP 47 code in lower case, such as \`fi\`, \`en\` or \`sv\`` };
  }
  return { ruleId: 'invalid-value', pointer, target: 'key', message: `Unexpected key ${code(key)} in ${name}` };
}

/** Language codes as texts are keyed: `fi`, `en`, `sv`. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/u;

/**
 * For a language code among the keys of something that is not a text: the
 * text beside it that it likely belongs to (the last one before it), and a
 * language that text has.
 */
function translationBeside(key: string, data: unknown): { text: string; language: string } | undefined {
  if (!LANGUAGE_CODE.test(key) || typeof data !== 'object' || data === null) return undefined;
  const entries = Object.entries(data);
  const before = entries.slice(0, entries.findIndex(([name]) => name === key));
  const texts = before.filter(([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((name) => LANGUAGE_CODE.test(name)));
  const [text, value] = texts.at(-1) ?? [];
  const language = Object.keys(value ?? {})[0];
  return text === undefined || language === undefined ? undefined : { text, language };
}

/** The value as it was likely meant: a date in Finnish form (`1.3.2025`) in ISO form, a web address with `https://`. */
function correctedValue(format: unknown, value: unknown): string | undefined {
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
