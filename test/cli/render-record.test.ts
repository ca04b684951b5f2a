import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordSchemaErrors } from '../../src/schema/index.ts';
import { runCli } from '../helpers/cli.ts';
import { fromRoot, root, seedNotice } from '../helpers/paths.ts';

describe('seloste render', () => {
  it('prints the notice as an HTML fragment in the language asked for', async () => {
    const result = await runCli(['render', seedNotice, '--lang', 'en', '--format', 'html'], root);
    expect(result.code).toBe(0);
    // the title says what it is, so no "Privacy notice" line above it
    expect(result.stdout).toMatch(/^<h1>Privacy notice for marketing<\/h1>/u);
    expect(result.stdout).toContain('<h2 id="rights">10. Your rights</h2>');
    expect(result.stdout).not.toMatch(/<(html|head|body|script)\b/u);
    expect(result.stderr).toBe('');
  });

  it('defaults to the notice’s first language and prints Markdown with --format md', async () => {
    const result = await runCli(['render', seedNotice, '--format', 'md'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Markkinoinnin tietosuojaseloste');
    expect(result.stdout).toContain('## 7. Tietojen säilytysaika');
  });

  it('says in its help, in whole sentences, what a text missing in the language shows', async () => {
    const help = (await runCli(['render', '--help'], root)).stdout;
    expect(help).toContain(
      "A text the notice does not give in that language is\nshown in the first of the notice's languages that has it, marked as such,\nand a warning on standard error names it.\n",
    );
  });

  it('prints missing translations as warnings on standard error, naming the field', async () => {
    const result = await runCli(['render', 'test/fixtures/untranslated/rekisteri.yaml', '--lang', 'en'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'test/fixtures/untranslated/rekisteri.yaml:15:7: warning: `purposes.items[0].description` has no `en` text; the en page shows the `fi` text instead [missing-translation]\n',
    );
  });

  it('refuses a language the notice does not offer, and an invalid notice', async () => {
    expect(await runCli(['render', seedNotice, '--lang', 'sv'], root)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not published in "sv"; its languages are fi, en'),
    });
    const invalid = await runCli(['render', 'test/fixtures/invalid/wrong-type.yaml'], root);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('test/fixtures/invalid/wrong-type.yaml:4:12: error:');
  });

  it('answers a folder with the notice files in it, and an organisation file with what it is', async () => {
    expect(await runCli(['render', 'notices/pori-energia'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `seloste render: notices/pori-energia is a folder, and render takes one notice file: its notice file is ${seedNotice}. See \`seloste render --help\`.\n`,
    });
    expect(await runCli(['render', 'docs'], root)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('docs is a folder, and render takes one notice file: it holds no notice file.'),
    });
    expect(await runCli(['render', 'notices/pori-energia/organisation.yaml'], root)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is not a notice (an organisation file cannot be rendered on its own)'),
    });
  });
});

describe('seloste record', () => {
  it('prints a notice’s record as JSON valid against the record schema', async () => {
    const result = await runCli(['record', seedNotice], root);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.recordType).toBe('notice');
    expect(recordSchemaErrors(record)).toEqual([]);
  });

  it('prints the index of a folder’s notices', async () => {
    const result = await runCli(['record', 'notices'], root);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ recordType: 'index', organisations: [{ id: 'pori-energia' }] });
  });

  it('warns, as validate does, when the folder holds organisation files but no notice', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'seloste-record-'));
    try {
      mkdirSync(join(folder, 'esimerkki'));
      copyFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(folder, 'esimerkki', 'organisation.yaml'));
      const result = await runCli(['record', 'esimerkki'], folder);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ recordType: 'index', organisations: [{ id: 'esimerkki', notices: [] }] });
      expect(result.stderr).toBe(
        'warning: No notices in esimerkki: only organisation files were found. Give the folder of your notices (notices/ by default) or a notice file.\n',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers an organisation file with what it is', async () => {
    expect(await runCli(['record', 'notices/pori-energia/organisation.yaml'], root)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining(
        'notices/pori-energia/organisation.yaml is not a notice (an organisation file has no record of its own; give a notice file, or the folder for every notice’s record)',
      ),
    });
  });

  it('exits 1 on an invalid notice and 2 without a path', async () => {
    expect((await runCli(['record', 'test/fixtures/invalid/duplicate-id.yaml'], root)).code).toBe(1);
    expect((await runCli(['record'], root)).code).toBe(2);
  });
});
