import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('seloste new', () => {
  let workspace = '';
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'seloste-new-'));
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('starts an organisation, then a notice of it, both valid, saying what to do next', async () => {
    const organisation = await runCli(['new', 'esimerkki', '--name', 'Esimerkki Oy'], workspace);
    expect(organisation).toEqual({
      code: 0,
      stderr: '',
      stdout: 'Wrote notices/esimerkki/organisation.yaml. Fill in its commented keys; then `seloste new esimerkki/<notice-id>` starts a notice of it.\n',
    });
    const notice = await runCli(['new', 'esimerkki/asiakasrekisteri'], workspace);
    expect(notice).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Wrote notices/esimerkki/asiakasrekisteri.yaml, a notice in fi, en. Fill in its sections; `seloste lint notices/esimerkki/asiakasrekisteri.yaml` lists what is still missing.\n',
    });
    const text = readFileSync(join(workspace, 'notices/esimerkki/asiakasrekisteri.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schemas\/notice\.schema\.json$/u);
    expect(await runCli(['validate'], workspace)).toMatchObject({ code: 0, stderr: '2 files valid: 1 notice, 1 organisation\n' });
    const lint = await runCli(['lint'], workspace);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toMatch(/asiakasrekisteri\.yaml:\d+:1: error: The notice does not say why the data are processed: .* \[purposes-stated\]/u);
  });

  it('writes into --dir, in the languages asked for', async () => {
    expect((await runCli(['new', 'esimerkki', '--name', 'Esimerkki Ab', '--languages', 'sv,fi', '--dir', 'registers'], workspace)).code).toBe(0);
    expect(readFileSync(join(workspace, 'registers/esimerkki/organisation.yaml'), 'utf8')).toContain('name:\n  sv: Esimerkki Ab\n  fi: Esimerkki Ab\n');
    expect((await runCli(['new', 'esimerkki/kunder', '--dir', 'registers'], workspace)).code).toBe(0);
    expect(readFileSync(join(workspace, 'registers/esimerkki/kunder.yaml'), 'utf8')).toContain('\nlanguages: [sv, fi]\n');
    expect(existsSync(join(workspace, 'notices'))).toBe(false);
  });

  it('never overwrites a file, and refuses a second notice with the same id', async () => {
    await runCli(['new', 'esimerkki', '--name', 'Esimerkki Oy'], workspace);
    await runCli(['new', 'esimerkki/asiakasrekisteri'], workspace);
    const file = join(workspace, 'notices/esimerkki/asiakasrekisteri.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: asiakasrekisteri', 'id: asiakasrekisteri # edited'));
    const again = await runCli(['new', 'esimerkki/asiakasrekisteri'], workspace);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('notices/esimerkki/asiakasrekisteri.yaml');
    expect(readFileSync(file, 'utf8')).toContain('# edited');
    expect(await runCli(['new', 'esimerkki', '--name', 'Toinen Oy'], workspace)).toMatchObject({
      code: 2,
      stderr: 'seloste new: notices/esimerkki/organisation.yaml exists already, and seloste new never overwrites a file. See `seloste new --help`.\n',
    });
    mkdirSync(join(workspace, 'notices/toinen'));
    writeFileSync(join(workspace, 'notices/toinen/organisation.yaml'), 'id: toinen\nname: {fi: Toinen Oy}\nentities: [{id: toinen-oy, name: Toinen Oy}]\n');
    const clash = await runCli(['new', 'toinen/asiakasrekisteri'], workspace);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('A notice with the id `asiakasrekisteri` exists already: notices/esimerkki/asiakasrekisteri.yaml');
  });

  it('treats a bad id, a missing name or organisation and an unknown language as usage errors (exit 2), writing nothing', async () => {
    const cases: [string[], string][] = [
      [['new', 'Esimerkki', '--name', 'E'], 'Unexpected organisation id `Esimerkki`; expected lower-case letters a-z, digits and single hyphens'],
      [['new', 'esimerkki/Asiakas rekisteri'], 'Unexpected notice id `Asiakas rekisteri`'],
      [['new', 'a/b/c'], 'expected <organisation> or <organisation>/<notice-id>'],
      [['new'], 'Expected one name'],
      [['new', 'esimerkki'], 'Expected the organisation\'s name: `seloste new esimerkki --name "Esimerkki Oy"`'],
      [['new', 'esimerkki/asiakasrekisteri'], 'No notices/esimerkki/organisation.yaml: start the organisation with `seloste new esimerkki --name "…"`'],
      [['new', 'esimerkki', '--name', 'E', '--languages', 'fi,de'], 'Unexpected language `de` in --languages; seloste has standard texts for en, fi, sv'],
      [['new', 'esimerkki/x', '--name', 'E'], '--name is for a new organisation'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, workspace);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
    expect(existsSync(join(workspace, 'notices'))).toBe(false);
  });

  it('prints the problems of an invalid organisation file and exits 1', async () => {
    mkdirSync(join(workspace, 'notices/esimerkki'), { recursive: true });
    writeFileSync(join(workspace, 'notices/esimerkki/organisation.yaml'), 'id: esimerkki\nname: {fi: Esimerkki Oy}\n');
    const result = await runCli(['new', 'esimerkki/asiakasrekisteri'], workspace);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('notices/esimerkki/organisation.yaml:1:1: error: Missing');
    expect(result.stderr).toContain('fix notices/esimerkki/organisation.yaml before starting a notice of it');
    expect(existsSync(join(workspace, 'notices/esimerkki/asiakasrekisteri.yaml'))).toBe(false);
  });
});
