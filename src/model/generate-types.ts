import { compile } from 'json-schema-to-typescript';
import type { JsonSchema } from '../schema/index.ts';

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
 * Generates the TypeScript types of notices and organisations from the
 * published schemas, so the schema stays the single source of truth.
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
  const walkProperties = (properties: object): unknown => Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, walk(value)]));
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' || key === '$defs') {
        result[key] = walkProperties(value as object);
        continue;
      }
      if (key === 'title' || key === 'enumDescriptions' || key === '$id' || key === '$schema') continue;
      if (key === 'anyOf' && Array.isArray(value) && value.every((branch) => Object.keys(branch as object).join() === 'required')) continue;
      if (key === 'if' || key === 'then') continue;
      result[key] = walk(value);
    }
    // A description beside a $ref would make a new named type per property.
    if (typeof result['$ref'] === 'string' && 'description' in result) {
      result['allOf'] = [{ $ref: result['$ref'] }];
      delete result['$ref'];
    }
    return result;
  };
  const prepared = walk(schema) as Record<string, unknown>;
  if (rootTitle !== undefined) prepared['title'] = rootTitle;
  return prepared;
}

function lastPathPart(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1).split('#')[0] ?? '';
}
