import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { tiltDocuments, type TiltExport } from '../../src/export/index.ts';
import { fromRoot } from '../helpers/paths.ts';
import { allRecords, recordsIn, seedRecord } from './fixture-records.ts';

// TILT's schema as published: it compiles only with strict mode off (`additionalItems`
// beside a non-array `items`) and without the `u` flag (a `\:` escape in its date pattern).
const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(fromRoot('test/fixtures/tilt/tilt-schema.json'), 'utf8')) as object);

const PLACEHOLDERS = new Set(['Not stated in the notice', 'None, as the notice states', 'ZZ', 'not-stated@not-stated.invalid', 'none@none.invalid']);

/** Every value of a document that is one of the placeholders, by JSON pointer. */
function placeholdersIn(value: unknown, pointer = '', found: string[] = []): string[] {
  if (typeof value === 'string' && PLACEHOLDERS.has(value)) found.push(pointer);
  else if (Array.isArray(value)) value.forEach((item, index) => placeholdersIn(item, `${pointer}/${index}`, found));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) if (!key.startsWith('_')) placeholdersIn(item, `${pointer}/${key}`, found);
  return found;
}

/** The value at a JSON pointer. */
function at(document: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
}

function tiltOf(record: Parameters<typeof tiltDocuments>[0]): TiltExport[] {
  return tiltDocuments(record, { exportedOn: '2026-01-31', siteUrl: 'https://www.example.fi/' });
}

describe('the TILT export', () => {
  const records = allRecords();

  it.each(records.map(({ folder, record }) => [`${folder}: ${record.notice.id}`, record] as const))(
    '%s gives TILT documents valid against TILT’s schema',
    (_, record) => {
      const documents = tiltOf(record);
      expect(documents.length).toBeGreaterThan(0);
      for (const { document } of documents) {
        validate(document);
        expect(validate.errors ?? []).toEqual([]);
      }
    },
  );

  it.each(records.map(({ folder, record }) => [`${folder}: ${record.notice.id}`, record] as const))(
    '%s holds placeholders only where it says the notice does not state the field',
    (_, record) => {
      for (const { document, notStated } of tiltOf(record)) {
        // a placeholder is a field said to be not stated, or inside one (a placeholder object)
        for (const pointer of placeholdersIn(document))
          expect(
            notStated.some((gap) => pointer === gap || pointer.startsWith(`${gap}/`)),
            pointer,
          ).toBe(true);
        for (const pointer of notStated) {
          const [, ...path] = pointer.split('/');
          const field = path.pop() ?? '';
          const object = at(document, path.length === 0 ? '' : `/${path.join('/')}`) as { _notStated?: string[]; _none?: string[] };
          expect([...(object._notStated ?? []), ...(object._none ?? [])], pointer).toContain(field);
        }
      }
    },
  );

  describe('of the seed', () => {
    const documents = tiltOf(seedRecord());
    const [first] = documents;
    const document = first?.document as Record<string, Record<string, unknown>>;

    it('gives one document per controller, each named after it', () => {
      expect(documents.map(({ controller, file }) => [controller, file])).toEqual([
        ['pori-energia-oy', 'records/markkinointi-ja-viestinta.pori-energia-oy.tilt.json'],
        ['pori-energia-sahkoverkot-oy', 'records/markkinointi-ja-viestinta.pori-energia-sahkoverkot-oy.tilt.json'],
      ]);
      expect(documents.map(({ document: tilt }) => (tilt['controller'] as { name: string }).name)).toEqual(['Pori Energia Oy', 'Pori Energia Sähköverkot Oy']);
    });

    it('identifies the version by the notice’s date and content hash, in its original language, at its page', () => {
      expect(document['meta']).toMatchObject({
        created: '2022-10-24',
        modified: '2022-10-24',
        language: 'fi',
        url: 'https://www.example.fi/fi/markkinointi-ja-viestinta/',
        _hash: seedRecord().notice.contentHash,
        version: 1,
        _notStated: ['version'],
      });
    });

    it('says visibly that the notice names no DPO, rather than inventing one', () => {
      expect(document['dataProtectionOfficer']).toEqual({
        name: 'Not stated in the notice',
        address: 'Not stated in the notice',
        country: 'ZZ',
        email: 'not-stated@not-stated.invalid',
        _notStated: ['name', 'address', 'country', 'email'],
      });
    });

    it('carries the legitimate interest in the notice’s words for every data category', () => {
      const disclosed = document['dataDisclosed'] as unknown as { _id: string; legalBases: unknown[]; legitimateInterests: unknown[] }[];
      expect(disclosed.map((entry) => entry._id)).toContain('tunnisteet');
      for (const entry of disclosed) {
        expect(entry.legalBases).toEqual([
          { reference: 'GDPR-6-1-f', description: expect.stringMatching(/^Henkilötietojen käsittely perustuu ensisijaisesti/u) },
        ]);
        expect(entry.legitimateInterests).toEqual([{ exists: true, reasoning: expect.stringMatching(/oikeutettuun etuun/u) }]);
      }
    });

    it('lists the rights the notice names as available, with their words', () => {
      expect(document['rightToInformation']).toMatchObject({ available: true, description: 'Oikeus saada pääsy tietoihin' });
      expect(document['rightToComplain']).toMatchObject({
        available: true,
        supervisoryAuthority: { name: 'Not stated in the notice' },
        _notStated: ['supervisoryAuthority'],
      });
    });
  });

  it('says none where the notice says there is none: no DPO designated, no transfers', () => {
    const [record] = recordsIn('test/fixtures/exemplary');
    if (record === undefined) throw new Error('no exemplary notice');
    const [tilt] = tiltOf(record);
    expect(tilt?.document['dataProtectionOfficer']).toMatchObject({ name: 'None, as the notice states', _none: ['name', 'address', 'country', 'email'] });
    expect(tilt?.document['thirdCountryTransfers']).toEqual([]);
  });

  it('dates a notice that gives no date by the day of the export, and says so', () => {
    const undated = records.find(({ record }) => record.notice.lastUpdated === undefined);
    if (undated === undefined) throw new Error('no test notice without lastUpdated');
    const [tilt] = tiltOf(undated.record);
    expect(tilt?.document['meta']).toMatchObject({
      created: '2026-01-31',
      modified: '2026-01-31',
      _notStated: expect.arrayContaining(['created', 'modified']),
    });
  });
});
