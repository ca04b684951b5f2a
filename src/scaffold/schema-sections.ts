import { schemaFileOf, schemaFiles, type DocumentKind, type JsonSchema } from '../schema/index.ts';
import type { PlainData } from './yaml-text.ts';

/** A key at the top of a notice, organisation or configuration file, as its schema describes it. */
export interface SchemaSection {
  readonly key: string;
  /** What the key holds and the article it serves, from the schema's `description`. */
  readonly description: string;
  /** The first of the schema's `examples`, if it has any. */
  readonly example: PlainData | undefined;
  /** Whether the file must have the key. */
  readonly required: boolean;
  /** Whether the section may say `notStated: {note: …}`. */
  readonly notStatable: boolean;
}

/**
 * The keys at the top of a kind of file, in the order its schema lists them:
 * the order a template writes them in.
 */
export function schemaSections(kind: DocumentKind): SchemaSection[] {
  const file = schemaFileOf[kind];
  const schema = schemaFiles[file] as JsonSchema;
  const required = new Set((schema['required'] ?? []) as readonly string[]);
  const properties = (schema['properties'] ?? {}) as Readonly<Record<string, JsonSchema>>;
  return Object.entries(properties).map(([key, property]) => {
    const resolved = resolveSchema(property, file).schema;
    const examples = property['examples'] ?? resolved['examples'];
    return {
      key,
      description: String(property['description'] ?? resolved['description'] ?? ''),
      example: Array.isArray(examples) ? (examples[0] as PlainData) : undefined,
      required: required.has(key),
      notStatable: 'notStated' in ((resolved['properties'] ?? {}) as object),
    };
  });
}

/** The identifier of common.schema.json: lower-case letters, digits and single hyphens, no device names, not too long. */
const ID_SCHEMA = resolveSchema({ $ref: 'common.schema.json#/$defs/id' }, 'common.schema.json').schema;
const ID_PATTERN = new RegExp(String(ID_SCHEMA['pattern']), 'u');

/** Whether a text is a valid identifier for a notice, an organisation or an entity, as the schema says. */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id) && id.length <= Number(ID_SCHEMA['maxLength'] ?? Number.POSITIVE_INFINITY);
}

/** A schema and the file it is in, which its own relative `$ref`s start from. */
export interface SchemaInFile {
  readonly schema: JsonSchema;
  readonly file: string;
}

/**
 * Follows `$ref`s (within a schema file or to another published one) to the
 * schema they name; a schema without one is returned as it is.
 */
export function resolveSchema(schema: JsonSchema, file: string): SchemaInFile {
  let current = schema;
  let currentFile = file;
  for (let depth = 0; typeof current['$ref'] === 'string' && depth < 10; depth += 1) {
    const [target = '', fragment = ''] = (current['$ref'] as string).split('#');
    currentFile = target === '' ? currentFile : target;
    let node: unknown = schemaFiles[currentFile];
    for (const segment of fragment.split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[segment];
    current = (node ?? {}) as JsonSchema;
  }
  return { schema: current, file: currentFile };
}
