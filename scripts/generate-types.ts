// Regenerates src/model/generated/schema-types.ts from schemas/*.schema.json.
import { writeFileSync } from 'node:fs';
import { generateSchemaTypes } from '../src/model/generate-types.ts';
import { schemaFiles } from '../src/schema/index.ts';

const target = new URL('../src/model/generated/schema-types.ts', import.meta.url);
writeFileSync(target, await generateSchemaTypes(schemaFiles));
console.log(`wrote ${target.pathname}`);
