import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { addKeywordsAndFormats } from './ajv-setup.ts';
import { copySchema } from './schema-copy.ts';
import { schemaFileOf, schemaFiles } from './schemas.ts';

/**
 * Generates standalone validator code for the published schemas, one export
 * per kind of document (`notice`, `organisation`, `config`): loading it
 * costs a fraction of compiling the schemas at every start. These validators
 * only say whether data are valid; the detailed errors come from a full ajv
 * compiled on demand (see ajv.ts).
 */
export function generateValidators(): string {
  // yes or no is all they say: no messages, which the full ajv gives (less code to load at every start)
  const ajv = new Ajv2020({ allErrors: false, messages: false, strict: true, strictRequired: false, code: { source: true, esm: true, lines: false } });
  addKeywordsAndFormats(ajv);
  for (const schema of Object.values(schemaFiles)) ajv.addSchema(withoutProse(schema) as object);
  const code = (standaloneCode as unknown as (ajv: Ajv2020, refs: Readonly<Record<string, string>>) => string)(ajv, schemaFileOf);
  return `// Generated from schemas/*.schema.json by \`npm run generate\`; do not edit.\n// A test fails when this file no longer matches the schemas.\n/* eslint-disable */\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code.replace(/^"use strict";/u, '')}\n`;
}

/** The keywords meant for people (and editors), which the generated code would otherwise carry. */
const PROSE = new Set(['title', 'description', 'enumDescriptions', 'default', 'examples']);

/** A schema without the words meant for people. */
function withoutProse(schema: unknown): unknown {
  return copySchema(schema, (keyword) => !PROSE.has(keyword));
}
