import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readNoticeFiles } from '../../src/node/read-files.ts';
import { fromRoot } from '../helpers/paths.ts';

const made: string[] = [];
function folder(): string {
  const path = realpathSync(mkdtempSync(join(tmpdir(), 'seloste-links-')));
  made.push(path);
  return path;
}
afterEach(() => {
  for (const path of made.splice(0)) rmSync(path, { recursive: true, force: true });
});

/** A project with one organisation folder holding the minimal notice. */
function project(): string {
  const root = folder();
  mkdirSync(join(root, 'notices', 'esimerkki'), { recursive: true });
  for (const name of ['organisation.yaml', 'asiakasrekisteri.yaml'])
    copyFileSync(fromRoot(`test/fixtures/minimal/${name}`), join(root, 'notices', 'esimerkki', name));
  return root;
}

describe('symbolic links among the notices', () => {
  it('are followed inside the project, to a file or a folder', () => {
    const root = project();
    mkdirSync(join(root, 'shared'));
    copyFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(root, 'shared', 'organisation.yaml'));
    symlinkSync(join(root, 'notices', 'esimerkki', 'asiakasrekisteri.yaml'), join(root, 'shared', 'linked.yaml'));
    symlinkSync(join(root, 'shared'), join(root, 'notices', 'shared'));
    const { inputs, diagnostics } = readNoticeFiles(['notices'], root);
    expect(diagnostics).toEqual([]);
    expect(inputs.map((input) => input.file)).toEqual([
      'notices/esimerkki/asiakasrekisteri.yaml',
      'notices/esimerkki/organisation.yaml',
      'notices/shared/linked.yaml',
      'notices/shared/organisation.yaml',
    ]);
  });

  it('that dangle are reported, not skipped', () => {
    const root = project();
    symlinkSync(join(root, 'missing.yaml'), join(root, 'notices', 'esimerkki', 'poistettu.yaml'));
    const { diagnostics } = readNoticeFiles(['notices'], root);
    expect(diagnostics).toMatchObject([
      { ruleId: 'dangling-link', file: 'notices/esimerkki/poistettu.yaml', message: expect.stringContaining('which does not exist') },
    ]);
  });

  it('that leave the project are refused with a word', () => {
    const root = project();
    const elsewhere = folder();
    copyFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), join(elsewhere, 'vieras.yaml'));
    symlinkSync(join(elsewhere, 'vieras.yaml'), join(root, 'notices', 'esimerkki', 'vieras.yaml'));
    const { diagnostics } = readNoticeFiles(['notices'], root);
    expect(diagnostics).toMatchObject([{ ruleId: 'link-outside-project', file: 'notices/esimerkki/vieras.yaml' }]);
  });

  it('do not loop when a folder links to itself', () => {
    const root = project();
    symlinkSync(join(root, 'notices'), join(root, 'notices', 'esimerkki', 'kaikki'));
    const { inputs } = readNoticeFiles(['notices'], root);
    expect(inputs.filter((input) => input.file.endsWith('asiakasrekisteri.yaml'))).toHaveLength(1);
  });
});
