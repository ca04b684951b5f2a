import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { recordsCsv, recordsTable } from '../../src/export/index.ts';
import { allRecords, recordsIn, seedRecord } from './fixture-records.ts';

/** The CSV as a spreadsheet program reads it: byte-order mark dropped, quoted fields with their line breaks. */
function read(csv: string): string[][] {
  return parse(csv, { bom: true, relaxColumnCount: false }) as string[][];
}

describe('the register-of-processing spreadsheet', () => {
  const records = allRecords().map(({ record }) => record);

  it.each(['fi', 'en'] as const)('round-trips through a CSV parser for the seed and every test notice (%s)', (lang) => {
    const csv = recordsCsv(records, lang);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(read(csv)).toEqual(recordsTable(records, lang));
  });

  it('has one row per processing activity, after a header row per language', () => {
    const rows = read(recordsCsv(records, 'fi'));
    expect(rows).toHaveLength(1 + records.reduce((count, record) => count + record.processingActivities.length, 0));
    expect(rows[0]).toEqual([
      'Seloste',
      'Käsittelytoimi',
      '(a) Rekisterinpitäjä, edustaja ja tietosuojavastaava sekä niiden yhteystiedot',
      '(b) Käsittelyn tarkoitukset',
      'Käsittelyn oikeusperuste',
      '(c) Rekisteröityjen ryhmät',
      '(c) Henkilötietoryhmät',
      '(d) Vastaanottajien ryhmät',
      '(e) Siirrot kolmansiin maihin ja suojatoimet',
      '(f) Poistamisen määräajat',
      '(g) Tekniset ja organisatoriset turvatoimet',
    ]);
    expect(read(recordsCsv(records, 'en'))[0]?.slice(2, 4)).toEqual([
      '(a) Controller, representative and data protection officer, with contact details',
      '(b) Purposes of the processing',
    ]);
  });

  it('puts several values of a cell on lines of their own, in the chosen language', () => {
    const [, marketing] = read(recordsCsv([seedRecord()], 'en'));
    const cell = (header: string) => marketing?.[read(recordsCsv([seedRecord()], 'en'))[0]?.indexOf(header) ?? -1] ?? '';
    expect(cell('Notice')).toBe('markkinointi-ja-viestinta');
    expect(cell('(c) Categories of data subjects').split('\n').slice(0, 2)).toEqual(["the Controller's customers", 'prospective consumer customers']);
    expect(cell('(a) Controller, representative and data protection officer, with contact details').split('\n')).toEqual([
      'Pori Energia Oy, Radanvarsi 2, 28100 Pori, 02 621 2050',
      'Pori Energia Sähköverkot Oy, Radanvarsi 2, 28100 Pori, 02 621 2050',
      'Data protection officer: Not stated',
      'Contact: viestinta@porienergia.fi, 044 701 2176; tietosuoja@porienergia.fi',
    ]);
    expect(cell('Legal basis of the processing')).toMatch(/^GDPR 6\(1\)\(f\), primarily\nThe processing of personal data is based primarily/u);
    expect(cell('(g) Technical and organisational security measures').split('\n').slice(0, 2)).toEqual(['staff-training', 'access-management']);
  });

  it('tells none from not stated', () => {
    const [record] = recordsIn('test/fixtures/exemplary');
    if (record === undefined) throw new Error('no exemplary notice');
    const [header = [], row = []] = read(recordsCsv([record], 'fi'));
    expect(row[header.indexOf('(a) Rekisterinpitäjä, edustaja ja tietosuojavastaava sekä niiden yhteystiedot')]).toContain('Tietosuojavastaava: Ei ole');
    const [, seedRow = []] = read(recordsCsv([seedRecord()], 'fi'));
    expect(seedRow[header.indexOf('(a) Rekisterinpitäjä, edustaja ja tietosuojavastaava sekä niiden yhteystiedot')]).toContain(
      'Tietosuojavastaava: Ei ilmoitettu',
    );
  });
});
