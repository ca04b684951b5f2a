import { describe, expect, it } from 'vitest';
import { schemaFiles, type JsonSchema } from '../../src/schema/index.ts';

interface Visited {
  readonly path: string;
  readonly schema: JsonSchema;
}

/** Every subschema of every published schema, with its path. */
function subschemas(): Visited[] {
  const found: Visited[] = [];
  const visit = (schema: unknown, path: string): void => {
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
    const node = schema as JsonSchema;
    found.push({ path, schema: node });
    for (const keyword of ['properties', '$defs']) {
      for (const [name, child] of Object.entries((node[keyword] ?? {}) as object)) visit(child, `${path}/${keyword}/${name}`);
    }
    for (const keyword of ['items', 'additionalProperties', 'propertyNames']) visit(node[keyword], `${path}/${keyword}`);
  };
  for (const [file, schema] of Object.entries(schemaFiles)) visit(schema, file);
  return found;
}

describe('the published schemas', () => {
  const all = subschemas();

  it('describe every property, for editor hovers and error messages', () => {
    const undocumented = all
      .filter(({ path, schema }) => /\/properties\/[^/]+$/u.test(path) && typeof schema['description'] !== 'string')
      .map(({ path }) => path);
    expect(undocumented).toEqual([]);
  });

  it('reject unknown keys in every object', () => {
    const open = all
      .filter(({ schema }) => schema['type'] === 'object' && schema['additionalProperties'] !== false && typeof schema['additionalProperties'] !== 'object')
      .map(({ path }) => path);
    expect(open).toEqual([]);
  });

  it('describe every value of a vocabulary that has value descriptions', () => {
    const mismatched = all
      .filter(({ schema }) => Array.isArray(schema['enumDescriptions']))
      .filter(({ schema }) => (schema['enumDescriptions'] as unknown[]).length !== (schema['enum'] as unknown[]).length)
      .map(({ path }) => path);
    expect(mismatched).toEqual([]);
  });

  it('offer alternatives with `anyOf` only in the documents seloste reads, as the schema diagnostics summarise them', () => {
    const read = all.filter(({ path }) => !path.startsWith('record.schema.json'));
    expect(read.filter(({ schema }) => 'oneOf' in schema).map(({ path }) => path)).toEqual([]);
  });

  it('use JSON Schema 2020-12 and name themselves after their files', () => {
    for (const [file, schema] of Object.entries(schemaFiles)) {
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(file);
    }
  });
});
