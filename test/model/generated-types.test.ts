import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes } from '../../src/model/generate-types.ts';
import { schemaFiles } from '../../src/schema/index.ts';
import { fromRoot } from '../helpers/paths.ts';

describe('generated TypeScript types', () => {
  it('match the schemas (run `npm run generate:types` after changing a schema)', async () => {
    const committed = readFileSync(fromRoot('src/model/generated/schema-types.ts'), 'utf8');
    expect(await generateSchemaTypes(schemaFiles)).toBe(committed);
  });
});
