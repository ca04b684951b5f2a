import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tablesNotice } from '../../scripts/make-import-docx.ts';
import { runCli } from '../helpers/cli.ts';
import { fromRoot } from '../helpers/paths.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'seloste-import-cli-'));

describe('seloste import', () => {
  it('imports a Word document with tables, and reports each section, fact and lint finding', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'seloste.docx'), await tablesNotice());
    const run = await runCli(['import', 'seloste.docx', '--organisation', 'kipina', '--out', 'notices/kipina/jasenrekisteri.yaml'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported seloste.docx (fi, guessed) into notices/kipina/organisation.yaml and notices/kipina/jasenrekisteri.yaml.');
    expect(run.stdout).toMatch(/“3\. Rekisterin nimi” .*→ \/register/u);
    expect(run.stdout).toMatch(/high\s+email sihteeri@kipina\.example/u);
    expect(run.stdout).toContain('Lint findings of the draft:');
    expect(readFileSync(join(cwd, 'notices/kipina/jasenrekisteri.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/u);
    const validate = await runCli(['validate', 'notices'], cwd);
    expect(validate.code).toBe(0);
  });

  it('imports a notice and its translation as one notice in two languages', async () => {
    const cwd = folder();
    const run = await runCli(
      [
        'import',
        fromRoot('test/fixtures/import/kieliparit/input.fi.txt'),
        '--lang',
        'fi',
        '--with',
        fromRoot('test/fixtures/import/kieliparit/input.en.txt'),
        '--lang',
        'en',
        '--organisation',
        'virta',
        '--out',
        'notices/virta/tapahtumat.yaml',
        '--format',
        'json',
      ],
      cwd,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { files: { language: string }[]; sections: unknown[]; facts: unknown[]; findings: { ruleId: string }[] };
    expect(report.files.map((file) => file.language)).toEqual(['fi', 'en']);
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('translations-complete');
    expect(readFileSync(join(cwd, 'notices/virta/tapahtumat.yaml'), 'utf8')).toContain('languages: [fi, en]');
  });

  it('keeps what it cannot place, and lint reports it', async () => {
    const cwd = folder();
    const run = await runCli(
      ['import', fromRoot('test/fixtures/import/gdpr-markdown/input.md'), '--organisation', 'lumo', '--out', 'notices/lumo/verkkokauppa.yaml'],
      cwd,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\/unplaced\/0 under “Evästeet”/u);
    expect(run.stdout).toContain('[unplaced-text]');
  });

  it('refuses to replace a notice without --force, and asks for what it needs', async () => {
    const cwd = folder();
    const args = ['import', fromRoot('test/fixtures/import/english/input.txt'), '--organisation', 'northwind', '--out', 'notices/northwind/recruitment.yaml'];
    expect((await runCli(args, cwd)).code).toBe(0);
    const again = await runCli(args, cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists: give another --out, or --force to replace it');
    expect((await runCli([...args, '--force'], cwd)).code).toBe(0);
    expect((await runCli(['import', 'x.txt', '--out', 'notices/a/b.yaml'], cwd)).stderr).toContain('Missing --organisation');
    expect((await runCli(['import', 'x.pdf', '--organisation', 'a', '--out', 'notices/a/b.yaml'], cwd)).stderr).toContain(
      'is not a document seloste can import',
    );
    expect(existsSync(join(cwd, 'notices/a'))).toBe(false);
  });
});
