// Regenerates what is derived from schemas/*.schema.json: the TypeScript types,
// the precompiled validators and the key reference (docs/reference/). Tests fail while any is stale.
import { writeFileSync } from 'node:fs';
import { generateSchemaTypes } from '../src/model/generate-types.ts';
import { generateValidators } from '../src/schema/generate-validators.ts';
import { schemaFiles } from '../src/schema/schemas.ts';
import { referencePages } from './generate-reference.ts';

for (const [path, content] of [
  ['../src/model/generated/schema-types.ts', await generateSchemaTypes(schemaFiles)],
  ['../src/schema/generated/validators.js', generateValidators()],
  ...Object.entries(referencePages()).map(([page, text]) => [`../docs/reference/${page}`, text] as const),
]) {
  const target = new URL(path, import.meta.url);
  writeFileSync(target, content);
  console.log(`wrote ${target.pathname}`);
}
