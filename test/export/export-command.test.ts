import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { root } from '../helpers/paths.ts';

describe('seloste export', () => {
  it('asks for a format', async () => {
    const result = await runCli(['export', 'notices'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Missing --format; expected one of dpv, tilt, csv');
    expect(await runCli(['export', '--format', 'rdf', 'notices'], root)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unexpected value "rdf" for --format; expected dpv, tilt, csv'),
    });
  });

  it('prints a notice’s DPV JSON-LD, with full addresses for --site', async () => {
    const result = await runCli(['export', '--format', 'dpv', '--site', 'https://www.example.fi/', 'test/fixtures/minimal'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const document = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(document['@id']).toBe('https://www.example.fi/records/asiakasrekisteri.jsonld');
    expect(document['@type']).toBe('dpv:ROPA');
  });

  it('prints one TILT document per controller, and warns about what the notice does not state', async () => {
    const result = await runCli(['export', '--format', 'tilt', 'notices'], root);
    expect(result.code).toBe(0);
    const documents = JSON.parse(result.stdout) as { controller: { name: string } }[];
    expect(documents.map((document) => document.controller.name)).toEqual(['Pori Energia Oy', 'Pori Energia Sähköverkot Oy']);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^notices\/pori-energia\/markkinointi-ja-viestinta\.yaml: warning: TILT document for controller pori-energia-oy: not stated in the notice, so placeholders listed in `_notStated`: meta\.version, controller\.representative\.name, dataProtectionOfficer\.name, .*dataDisclosed\[\]\.storage\[\]\.aggregationFunction/u,
      ),
      expect.stringMatching(/^notices\/pori-energia\/markkinointi-ja-viestinta\.yaml: warning: TILT document for controller pori-energia-sahkoverkot-oy: /u),
    ]);
  });

  it('writes the spreadsheet with English headers to --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'seloste-export-')), 'ropa.csv');
    const result = await runCli(['export', '--format', 'csv', '--lang', 'en', '--out', out, 'notices', 'test/fixtures/swedish'], root);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const rows = parse(readFileSync(out, 'utf8'), { bom: true }) as string[][];
    expect(rows[0]?.[0]).toBe('Notice');
    expect(rows.map((row) => row[0])).toEqual(['Notice', ...Array<string>(6).fill('markkinointi-ja-viestinta'), 'nyhetsbrev']);
  });

  it('refuses --lang for a format without headers, and an invalid notice', async () => {
    expect(await runCli(['export', '--format', 'dpv', '--lang', 'en', 'notices'], root)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('only the spreadsheet (--format csv) has headers in one language'),
    });
    expect((await runCli(['export', '--format', 'dpv', 'test/fixtures/invalid/unknown-reference.yaml'], root)).code).toBe(1);
  });
});
