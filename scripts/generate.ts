// Regenerates what is derived from schemas/*.schema.json: the TypeScript types
// and the precompiled validators. Tests fail while either is stale.
import { writeFileSync } from 'node:fs';
import { generateSchemaTypes } from '../src/model/generate-types.ts';
import { generateValidators } from '../src/schema/generate-validators.ts';
import { schemaFiles } from '../src/schema/schemas.ts';

for (const [path, content] of [
  ['../src/model/generated/schema-types.ts', await generateSchemaTypes(schemaFiles)],
  ['../src/schema/generated/validators.js', generateValidators()],
] as const) {
  const target = new URL(path, import.meta.url);
  writeFileSync(target, content);
  console.log(`wrote ${target.pathname}`);
}
