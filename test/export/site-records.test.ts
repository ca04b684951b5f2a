import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordIndex } from '../../src/export/index.ts';
import { recordSchemaErrors } from '../../src/schema/index.ts';
import { runCli } from '../helpers/cli.ts';
import { fromRoot, root } from '../helpers/paths.ts';

const SITE = 'https://www.example.fi/tietosuoja/';

describe('the records the site publishes', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'seloste-site-records-'));
  const out = join(workspace, 'site');
  const read = (file: string) => readFileSync(join(out, file), 'utf8');
  let index: RecordIndex;

  beforeAll(async () => {
    const result = await runCli(['build', 'notices', 'test/fixtures/patterns/kuusjarven-kunta', '--site', SITE, '--out', out], root);
    expect(result.code, result.stderr).toBe(0);
    index = JSON.parse(read('records/index.json')) as RecordIndex;
  }, 120_000);
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('lists in records/index.json every file it publishes for each notice, at the site’s address', () => {
    expect(recordSchemaErrors(index)).toEqual([]);
    expect(index.$schema).toBe(`${SITE}schemas/record.schema.json`);
    expect(index.records.map((entry) => entry.notice)).toEqual(['markkinointi-ja-viestinta', 'palautejarjestelma', 'rakennusvalvonta']);
    for (const entry of index.records) {
      for (const file of [entry.record, entry.dpv, ...entry.tilt, index.spreadsheet]) {
        expect(existsSync(join(out, file.file)), file.file).toBe(true);
        expect(file.url).toBe(`${SITE}${file.file}`);
      }
    }
    expect(index.records[0]?.tilt.map((file) => file.file)).toEqual([
      'records/markkinointi-ja-viestinta.pori-energia-oy.tilt.json',
      'records/markkinointi-ja-viestinta.pori-energia-sahkoverkot-oy.tilt.json',
    ]);
  });

  it('publishes each record with its schema’s and its pages’ full addresses', () => {
    const record = JSON.parse(read('records/rakennusvalvonta.json')) as { $schema: string; notice: { pages: Record<string, string> } };
    expect(recordSchemaErrors(record)).toEqual([]);
    expect(record.$schema).toBe(`${SITE}schemas/record.schema.json`);
    expect(existsSync(join(out, 'schemas/record.schema.json'))).toBe(true);
    expect(Object.values(record.notice.pages)[0]).toBe(`${SITE}fi/rakennusvalvonta/`);
  });

  it('publishes DPV JSON-LD that expands, TILT documents that validate, and the spreadsheet', async () => {
    const expanded = await jsonld.expand(JSON.parse(read('records/rakennusvalvonta.jsonld')) as jsonld.JsonLdDocument, { safe: true } as jsonld.Options.Expand);
    expect(expanded[0]?.['@id']).toBe(`${SITE}records/rakennusvalvonta.jsonld`);
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(fromRoot('test/fixtures/tilt/tilt-schema.json'), 'utf8')) as object);
    for (const file of index.records.flatMap((entry) => entry.tilt)) expect(validate(JSON.parse(read(file.file))), file.file).toBe(true);
    const rows = parse(read('records/records.csv'), { bom: true }) as string[][];
    expect(rows[0]?.[0]).toBe('Seloste');
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(['markkinointi-ja-viestinta', 'palautejarjestelma', 'rakennusvalvonta']));
  });
});
