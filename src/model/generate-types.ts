import { compile } from 'json-schema-to-typescript';
import type { JsonSchema } from '../schema/index.ts';
import { copySchema } from '../schema/schema-copy.ts';

/** The type names generated for each schema file's root. */
const roots: Readonly<Record<string, string>> = {
  'notice.schema.json': 'NoticeDocument',
  'organisation.schema.json': 'OrganisationDocument',
  'record.schema.json': 'RecordDocument',
  'config.schema.json': 'ConfigDocument',
};

const banner = `// Generated from schemas/*.schema.json by \`npm run generate\`; do not edit.
// A test fails when this file no longer matches the schemas.
/* eslint-disable */
`;

/**
 * Generates the TypeScript types of notices, organisations, records and the
 * configuration from the published schemas, so the schema stays the single
 * source of truth.
 */
export async function generateSchemaTypes(schemaFiles: Readonly<Record<string, JsonSchema>>): Promise<string> {
  const prepared = Object.fromEntries(Object.entries(schemaFiles).map(([file, schema]) => [file, prepare(schema, roots[file])]));
  const wrapper: Parameters<typeof compile>[0] = {
    title: 'SchemaRoots',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.keys(roots).map((file) => [roots[file], { $ref: file }])),
  };
  const output = await compile(wrapper, 'SchemaRoots', {
    bannerComment: banner,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
    $refOptions: {
      resolve: {
        http: false,
        schemas: {
          order: 1,
          canRead: (file: { url: string }) => lastPathPart(file.url) in prepared,
          read: (file: { url: string }) => JSON.stringify(prepared[lastPathPart(file.url)]),
        },
      },
    },
  });
  // The wrapper only anchors the roots; drop its interface.
  return output.replace(/export interface SchemaRoots \{[^}]*\}\n/u, '');
}

/**
 * Shapes a schema for the generator: titles and editor-only keywords would
 * otherwise name types after their descriptions, and `anyOf` lists of
 * required properties would widen types to index signatures.
 */
function prepare(schema: unknown, rootTitle?: string): unknown {
  const prepared = copySchema(schema, keptForTypes, refBesideDescription) as Record<string, unknown>;
  if (rootTitle !== undefined) prepared['title'] = rootTitle;
  return prepared;
}

const DROPPED_FOR_TYPES = new Set(['title', 'enumDescriptions', '$id', '$schema', 'if', 'then']);

function keptForTypes(keyword: string, value: unknown): boolean {
  if (keyword === 'anyOf' && Array.isArray(value) && value.every((branch) => Object.keys(branch as object).join() === 'required')) return false;
  return !DROPPED_FOR_TYPES.has(keyword);
}

/** A description beside a $ref would make a new named type per property: the $ref moves into an `allOf`. */
function refBesideDescription(subschema: Record<string, unknown>): Record<string, unknown> {
  if (typeof subschema['$ref'] !== 'string' || !('description' in subschema)) return subschema;
  const { $ref, ...rest } = subschema;
  return { ...rest, allOf: [{ $ref }] };
}

function lastPathPart(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1).split('#')[0] ?? '';
}
