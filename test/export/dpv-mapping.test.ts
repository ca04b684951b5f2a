import { describe, expect, it } from 'vitest';
import { DPV_MAPPING } from '../../src/export/index.ts';
import noticeSchema from '../../schemas/notice.schema.json' with { type: 'json' };
import { dpvTermIris } from './fixture-records.ts';

/** The `enum` of a vocabulary in schemas/notice.schema.json, at the mapping's pointer. */
function enumAt(pointer: string): readonly string[] {
  let node: unknown = noticeSchema;
  for (const key of pointer.split('/').slice(1)) node = (node as Record<string, unknown>)[key];
  return (node as { enum: readonly string[] }).enum;
}

/** A `prefix:Term` as its full IRI. */
function iriOf(term: string): string {
  const [prefix = '', name = ''] = term.split(':');
  const namespace = DPV_MAPPING.prefixes[prefix];
  expect(namespace, `the prefix of ${term}`).toBeDefined();
  return `${namespace}${name}`;
}

const terms = dpvTermIris();
const vocabularies = Object.entries(DPV_MAPPING.vocabularies);

describe('the DPV mapping (src/export/dpv/mapping.json)', () => {
  it('maps the ten vocabularies of the notice schema', () => {
    expect(vocabularies.map(([name]) => name)).toEqual([
      'purposeKind',
      'dataCategoryKind',
      'dataSubjectKind',
      'legalBasis',
      'specialCategoryCondition',
      'transferMechanism',
      'securityMeasure',
      'right',
      'sourceKind',
      'recipientRole',
    ]);
  });

  it.each(vocabularies)('has an entry for every value of %s, in the schema’s order, and no other', (_, vocabulary) => {
    expect(Object.keys(vocabulary.values)).toEqual(enumAt(vocabulary.schema));
  });

  it.each(vocabularies)('gives %s values DPV terms, or null with the reason', (_, vocabulary) => {
    for (const [value, entry] of Object.entries(vocabulary.values)) {
      if (entry.dpv === null) expect(entry.reason?.length ?? 0, value).toBeGreaterThan(20);
      else {
        expect(entry.dpv.length, value).toBeGreaterThan(0);
        expect(entry.reason, value).toBeUndefined();
      }
    }
  });

  it('names only terms that exist in DPV 2.2 (dpv, pd, eu-gdpr), and classes, not properties', () => {
    const named = vocabularies.flatMap(([, vocabulary]) => Object.values(vocabulary.values).flatMap((entry) => entry.dpv ?? []));
    expect(named.length).toBeGreaterThan(100);
    for (const term of named) {
      expect(terms.has(iriOf(term)), `${term} is a DPV 2.2 term`).toBe(true);
      expect(term.split(':')[1], `${term} is a class`).toMatch(/^[A-Z]/u);
    }
  });

  it('links each vocabulary with a DPV 2.2 property', () => {
    for (const [name, vocabulary] of vocabularies) expect(terms.has(iriOf(vocabulary.dpvProperty)), name).toBe(true);
  });

  it('names the corrected terms where the old table had wrong ones', () => {
    const { transferMechanism, dataCategoryKind } = DPV_MAPPING.vocabularies;
    expect(transferMechanism.values['standard-contractual-clauses']?.dpv).toEqual(['eu-gdpr:A46-2-c']);
    expect(transferMechanism.values['binding-corporate-rules']?.dpv).toEqual(['eu-gdpr:A46-2-b']);
    expect(dataCategoryKind.values['national-identity-code']?.dpv).toEqual(['pd:OfficialID']);
  });

  it('gives TILT references in TILT’s own pattern', () => {
    for (const name of ['legalBasis', 'specialCategoryCondition'] as const) {
      for (const entry of Object.values(DPV_MAPPING.vocabularies[name].values))
        for (const reference of entry.tilt ?? []) expect(reference).toMatch(/^GDPR(-\d+)+-[a-j]$/u);
    }
  });
});
