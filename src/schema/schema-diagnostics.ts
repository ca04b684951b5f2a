import { code, expectedOneOf, listOf, type Diagnostic } from '../diagnostics/index.ts';
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
 * summarised, never printed branch by branch.
 */
export function schemaDiagnostics(errors: readonly ErrorObject[], file: string, sourceMap: SourceMap, documentName: string): Diagnostic[] {
  return summariseAlternatives(errors).flatMap((error) => {
    const finding = describe(error, documentName, sourceMap);
    if (finding === undefined) return [];
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
  const at = error.instancePath;
  const name = at === '' ? documentName : propertyName(at);
  const parent = (error.parentSchema ?? {}) as JsonSchema;
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const about = firstSentence(propertySchema(parent, missing)?.['description'] as string | undefined);
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
      return { ruleId: 'unknown-property', pointer: childPointer(at, unknown), target: 'key', message: `Unknown property ${code(unknown)} in ${name}${expectedOneOf(unknown, known)}` };
    }
    case 'propertyNames': {
      const key = String((error.params as { propertyName: string }).propertyName);
      return {
        ruleId: 'invalid-language',
        pointer: childPointer(at, key),
        target: 'key',
        message: `Unexpected language code ${code(key)} in ${name}; expected a BCP 47 code in lower case, such as \`fi\`, \`en\` or \`sv\``,
      };
    }
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
      if (error.propertyName !== undefined) return undefined; // reported by `propertyNames`
      const what = String(parent['title'] ?? (error.keyword === 'format' ? error.schema : 'value'));
      const hint = firstSentence(parent['description'] as string | undefined);
      return { ruleId: 'invalid-format', pointer: at, target: 'value', message: `Invalid ${what} ${code(error.data)} for ${name}${hint === '' ? '' : `; expected ${lowerFirst(hint)}`}` };
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

/** How messages name the place of a value: its key, or the list item it is. */
function propertyName(pointer: string): string {
  const last = lastSegment(pointer) ?? '';
  if (/^\d+$/u.test(last)) return `item ${Number(last) + 1} of ${code(lastSegment(parentPointer(pointer)) ?? '')}`;
  return code(last);
}

function propertySchema(schema: JsonSchema, property: string): JsonSchema | undefined {
  const properties = schema['properties'] as Record<string, JsonSchema> | undefined;
  return properties?.[property];
}

function firstSentence(text: string | undefined): string {
  if (text === undefined) return '';
  const match = /^(.*?[.!?])(?=\s+[A-ZÄÖÅ]|$)/su.exec(text);
  return (match?.[1] ?? text).trim();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
