import { closestMatch, code, expectedOneOf, listOf, plural, type Diagnostic } from '../diagnostics/index.ts';
import { childPointer, diagnosticAt, type LocationTarget, type SourceMap } from '../source/index.ts';
import type { ErrorObject } from './ajv.ts';
import { correctedValue, describeTypeError, hint } from './describe-values.ts';
import { placeName, translationBeside } from './place-names.ts';
import { isLocalizedText, type JsonSchema } from './schemas.ts';

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
    return [diagnosticAt({ file, sourceMap }, finding.pointer, finding.ruleId, finding.message, { target: finding.target })];
  });
}

/**
 * Replaces the errors of an `anyOf` by one summary: “missing one of …” when
 * every branch only asks for a property, else the errors of the branch that
 * came closest (the one whose errors lie deepest).
 */
function summariseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  // the schemas of the documents read offer alternatives with `anyOf` only (see test/schema/schema-quality.test.ts)
  const alternatives = errors.filter((error) => error.keyword === 'anyOf');
  if (alternatives.length === 0) return errors.filter((error) => error.keyword !== 'if');
  const kept = new Set<ErrorObject>(errors.filter((error) => error.keyword !== 'if'));
  for (const alternative of alternatives) {
    const branchErrors = errorsOfBranches(errors, alternative);
    for (const error of branchErrors) kept.delete(error);
    const allRequired =
      branchErrors.length > 0 && branchErrors.every((error) => error.keyword === 'required' && error.instancePath === alternative.instancePath);
    if (allRequired) continue;
    const closest = closestBranch(branchErrors, alternative);
    if (closest.length === 0) continue;
    kept.delete(alternative);
    for (const error of closest) kept.add(error);
  }
  return errors.filter((error) => kept.has(error));
}

/**
 * The errors of an `anyOf`'s branches. ajv reports them just before the
 * `anyOf` itself, at its value or inside it; a branch reached through `$ref`
 * has a schema path of the schema it refers to, so position tells, not path.
 */
function errorsOfBranches(errors: readonly ErrorObject[], alternative: ErrorObject): ErrorObject[] {
  const found: ErrorObject[] = [];
  const inside = (error: ErrorObject) => error.instancePath === alternative.instancePath || error.instancePath.startsWith(`${alternative.instancePath}/`);
  for (let index = errors.indexOf(alternative) - 1; index >= 0; index -= 1) {
    const error = errors[index] as ErrorObject;
    if (!inside(error)) break;
    if (
      error.keyword === 'anyOf' &&
      error !== alternative &&
      error.instancePath === alternative.instancePath &&
      !error.schemaPath.startsWith(alternative.schemaPath)
    )
      break;
    found.unshift(error);
  }
  return found;
}

/**
 * The errors of the branch that came closest: not one whose type the value
 * does not have (a text where a mapping was one of the forms), else the one
 * whose errors lie deepest. Branches are told apart by where their errors
 * start in the list: each branch's errors follow the previous branch's.
 */
function closestBranch(branchErrors: readonly ErrorObject[], alternative: ErrorObject): ErrorObject[] {
  const wrongType = (error: ErrorObject) => error.keyword === 'type' && error.instancePath === alternative.instancePath;
  const fitting = branchErrors.filter((error) => !wrongType(error));
  // a nested `anyOf` is summarised by its own errors, which are among these
  const specific = fitting.filter((error) => error.keyword !== 'anyOf');
  const candidates = specific.length > 0 ? specific : fitting;
  if (candidates.length === 0) return [];
  const byBranch = Map.groupBy(candidates, (error) =>
    error.schemaPath.startsWith(`${alternative.schemaPath}/`)
      ? (error.schemaPath.slice(alternative.schemaPath.length + 1).split('/')[0] ?? '')
      : (error.schemaPath.split('#')[0] ?? ''),
  );
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
      if (missing.length === 0)
        return { ruleId: 'invalid-value', pointer: at, target: 'value', message: `Unexpected value in ${name}: it fits none of the allowed forms` };
      return { ruleId: 'required-property', pointer: at, target: 'key', message: `Missing ${listOf(missing)} in ${name}: give at least one of them` };
    }
    case 'additionalProperties': {
      const unknown = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((parent['properties'] ?? {}) as object);
      const translated = closestMatch(unknown, known) === undefined ? translationBeside(unknown, error.data) : undefined;
      const tail =
        translated === undefined
          ? expectedOneOf(unknown, known)
          : `: a translation indented at the wrong level? Indent it as far as ${code(translated.language)} under ${code(translated.text)}`;
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
      return {
        ruleId: 'empty-value',
        pointer: at,
        target: 'key',
        message: `Expected at least ${plural(Number(error.schema), 'item')} in ${name}, got ${(error.data as unknown[]).length}`,
      };
    case 'minProperties':
      return {
        ruleId: 'empty-value',
        pointer: at,
        target: 'key',
        message: `Unexpected empty mapping for ${name}; ${isLocalizedText(parent) ? 'give the text in each language, e.g. `fi: …`' : 'give at least one entry or remove the key'}`,
      };
    case 'minLength':
      return { ruleId: 'empty-value', pointer: at, target: 'value', message: `Unexpected empty text for ${name}; write the text or remove the key` };
    case 'maxLength':
      return {
        ruleId: 'invalid-format',
        pointer: at,
        target: 'value',
        message: `Text too long for ${name}: ${(error.data as string).length} characters, at most ${String(error.schema)}`,
      };
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return {
        ruleId: 'duplicate-item',
        pointer: childPointer(at, Math.max(i, j)),
        target: 'value',
        message: `Duplicate item ${code((error.data as unknown[])[Math.max(i, j)])} in ${name}; list each item once`,
      };
    }
    default:
      return { ruleId: 'invalid-value', pointer: at, target: 'value', message: `Unexpected value for ${name}: ${error.message ?? 'not allowed here'}` };
  }
}

function propertySchema(schema: JsonSchema, property: string): JsonSchema | undefined {
  const properties = schema['properties'] as Record<string, JsonSchema> | undefined;
  return properties?.[property];
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
    return {
      ruleId: 'unknown-property',
      pointer,
      target: 'key',
      message: `Unknown property ${code(key)} in ${name}${expectedOneOf(key, names['enum'].map(String))}`,
    };
  }
  if (String(names['$ref']).endsWith('/locale')) {
    return {
      ruleId: 'invalid-language',
      pointer,
      target: 'key',
      message: `Unexpected language code ${code(key)} in ${name}; expected a BCP 47 code in lower case, such as \`fi\`, \`en\` or \`sv\``,
    };
  }
  return { ruleId: 'invalid-value', pointer, target: 'key', message: `Unexpected key ${code(key)} in ${name}` };
}
