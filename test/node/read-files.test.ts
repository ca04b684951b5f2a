import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNoticeFiles, VERSIONS_FOLDER } from '../../src/node/read-files.ts';
import { fromRoot } from '../helpers/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'seloste-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the notices under a folder', () => {
  it('leave out the earlier versions kept beside them, which are not notices to publish', () => {
    const organisation = join(root, 'notices', 'esimerkki');
    mkdirSync(join(organisation, VERSIONS_FOLDER, 'asiakasrekisteri'), { recursive: true });
    for (const name of ['organisation.yaml', 'asiakasrekisteri.yaml']) copyFileSync(fromRoot(`test/fixtures/minimal/${name}`), join(organisation, name));
    copyFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), join(organisation, VERSIONS_FOLDER, 'asiakasrekisteri', '2025-01-31.yaml'));
    const { inputs, diagnostics } = readNoticeFiles(['notices'], root);
    expect(diagnostics).toEqual([]);
    expect(inputs.map((input) => input.file)).toEqual(['notices/esimerkki/asiakasrekisteri.yaml', 'notices/esimerkki/organisation.yaml']);
  });
});
