import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toDiagnosticJson } from '../../src/diagnostics/index.ts';
import { DEFAULT_LINT_CONFIG } from '../../src/lint/index.ts';
import { prepareSite } from '../../src/node/prepare-site.ts';
import { runCli } from '../helpers/cli.ts';
import { fromRoot } from '../helpers/paths.ts';

const today = '2026-01-15';
const minimalNotice = readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8');
const minimalOrganisation = readFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), 'utf8');

/** A project folder with the minimal organisation (its text changed by `organisation`) and the notices given as id → edit of the minimal notice. */
function project(notices: Record<string, (text: string) => string>, organisation: (text: string) => string = (text) => text): string {
  const folder = mkdtempSync(join(tmpdir(), 'seloste-shares-'));
  writeFileSync(join(folder, 'organisation.yaml'), organisation(minimalOrganisation));
  for (const [file, edit] of Object.entries(notices)) writeFileSync(join(folder, `${file}.yaml`), edit(minimalNotice));
  return folder;
}

const withId = (id: string) => (text: string) => text.replace('id: asiakasrekisteri', `id: ${id}`);

/** What `seloste build` finds when it shares the notices between two threads, in the form `seloste lint --format json` prints. */
async function buildInTwoThreads(folder: string) {
  const prepared = await prepareSite({ cwd: folder, paths: ['.'], lint: DEFAULT_LINT_CONFIG, today, threads: 2 });
  return { findings: prepared.findings.map(toDiagnosticJson), problems: prepared.problems.map(toDiagnosticJson) };
}

describe('build shared between threads finds what lint finds', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('counts a seloste-disable comment in the organisation file as used when a notice in another thread uses it', async () => {
    // a.yaml (first thread) is published in Swedish too, which the organisation's name lacks; b.yaml (second thread) is not
    const folder = project({ a: (text) => withId('a')(text).replace('languages: [fi, en]', 'languages: [fi, en, sv]'), b: withId('b') }, (text) =>
      text.replace('id: esimerkki', '# seloste-disable translations-complete -- the Swedish page shows the Finnish name\nid: esimerkki'),
    );
    folders.push(folder);
    const lint = await runCli(['lint', '--format', 'json', '.'], folder);
    const build = await buildInTwoThreads(folder);
    expect(build.findings).toEqual(JSON.parse(lint.stdout));
    expect(build.findings.filter((finding) => finding.ruleId === 'lint-directive')).toEqual([]);
  });

  it('reports the same one of two notices with the same id as validate, whichever thread reads each', async () => {
    // a and c go to the first thread, b to the second: c is the later file with b's id
    const folder = project({ a: withId('a'), b: withId('twin'), c: withId('twin') });
    folders.push(folder);
    const validate = await runCli(['validate', '--format', 'json', '.'], folder);
    const build = await buildInTwoThreads(folder);
    expect(build.problems).toEqual(JSON.parse(validate.stdout));
    expect(build.problems).toEqual([
      expect.objectContaining({ file: 'c.yaml', ruleId: 'duplicate-id', message: expect.stringContaining('b.yaml uses it too') }),
    ]);
  });
});
