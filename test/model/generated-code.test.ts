import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes } from '../../src/model/generate-types.ts';
import { generateValidators } from '../../src/schema/generate-validators.ts';
import { schemaFiles } from '../../src/schema/index.ts';
import { fromRoot } from '../helpers/paths.ts';

describe('code generated from the schemas (run `npm run generate` after changing a schema)', () => {
  it('TypeScript types match the schemas', async () => {
    const committed = readFileSync(fromRoot('src/model/generated/schema-types.ts'), 'utf8');
    expect(await generateSchemaTypes(schemaFiles)).toBe(committed);
  });

  it('precompiled validators match the schemas', () => {
    expect(generateValidators()).toBe(readFileSync(fromRoot('src/schema/generated/validators.js'), 'utf8'));
  });
});
