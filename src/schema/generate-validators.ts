import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { addKeywordsAndFormats } from './ajv-setup.ts';
import { schemaFiles } from './schemas.ts';

/** The validators precompiled for speed, by export name. */
export const precompiled: Readonly<Record<string, string>> = {
  notice: 'notice.schema.json',
  organisation: 'organisation.schema.json',
  config: 'config.schema.json',
};

/**
 * Generates standalone validator code for the published schemas: loading it
 * costs a fraction of compiling the schemas at every start. These validators
 * only say whether data are valid; the detailed errors come from a full ajv
 * compiled on demand (see ajv.ts).
 */
export function generateValidators(): string {
  const ajv = new Ajv2020({ allErrors: false, strict: true, strictRequired: false, code: { source: true, esm: true, lines: false } });
  addKeywordsAndFormats(ajv);
  for (const schema of Object.values(schemaFiles)) ajv.addSchema(withoutProse(schema) as object);
  const code = (standaloneCode as unknown as (ajv: Ajv2020, refs: Record<string, string>) => string)(ajv, { ...precompiled });
  return `// Generated from schemas/*.schema.json by \`npm run generate\`; do not edit.\n// A test fails when this file no longer matches the schemas.\n/* eslint-disable */\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code.replace(/^"use strict";/u, '')}\n`;
}

/** A schema without the words meant for people, which the generated code would otherwise carry. */
function withoutProse(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutProse);
  if (schema === null || typeof schema !== 'object') return schema;
  const prose = new Set(['title', 'description', 'enumDescriptions', 'default']);
  return Object.fromEntries(
    Object.entries(schema).flatMap(([key, value]) => {
      if (key === 'properties' || key === '$defs') return [[key, Object.fromEntries(Object.entries(value as object).map(([name, child]) => [name, withoutProse(child)]))]];
      return prose.has(key) ? [] : [[key, withoutProse(value)]];
    }),
  );
}
