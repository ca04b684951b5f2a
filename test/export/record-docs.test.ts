import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DPV_MAPPING } from '../../src/export/index.ts';
import { withMappingTables } from '../../scripts/record-docs.ts';
import { fromRoot } from '../helpers/paths.ts';

describe('docs/record.md', () => {
  const doc = readFileSync(fromRoot('docs/record.md'), 'utf8');

  it('has the mapping tables the mapping data gives (run `npm run generate:record-docs` after changing it)', () => {
    expect(doc).toBe(withMappingTables(doc));
  });

  it('lists every value of every vocabulary with its DPV terms', () => {
    for (const vocabulary of Object.values(DPV_MAPPING.vocabularies)) {
      expect(doc).toContain(`### ${vocabulary.title}`);
      for (const [value, entry] of Object.entries(vocabulary.values)) {
        expect(doc).toContain(`| \`${value}\` |`);
        for (const term of entry.dpv ?? []) expect(doc).toContain(`[\`${term}\`]`);
      }
    }
  });

  it('names no DPV term the way the old table did wrongly', () => {
    for (const wrong of ['dpv:StandardContractualClauses', 'dpv:BindingCorporateRules', 'pd:NationalIdentificationNumber', 'dpv:PersonalDataHandling'])
      expect(doc).not.toContain(wrong);
  });
});
