import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputStore } from '../../src/node/notice-store.ts';
import { runCli } from '../helpers/cli.ts';
import { root } from '../helpers/paths.ts';
import { filesUnder } from './files.ts';

/** Every file of a site with its bytes, by its path in the site. */
function siteFiles(folder: string): Map<string, string> {
  return new Map(filesUnder(folder).map((file) => [file, readFileSync(join(folder, file)).toString('base64')]));
}

describe('a second build into the same folder', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'seloste-second-build-'));
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));
  // the seed notice, and a second notice of the same organisation
  cpSync(join(root, 'notices'), join(workspace, 'notices'), { recursive: true });
  cpSync(join(root, 'seloste.config.yaml'), join(workspace, 'seloste.config.yaml'));
  const seed = readFileSync(join(workspace, 'notices/pori-energia/markkinointi-ja-viestinta.yaml'), 'utf8');
  const second = join(workspace, 'notices/pori-energia/asiakasviestinta.yaml');
  writeFileSync(second, seed.replace('id: markkinointi-ja-viestinta', 'id: asiakasviestinta'));

  it('keeps the notices that did not change, and publishes the same site as a build from nothing', async () => {
    const first = await runCli(['build', 'notices', '--out', 'dist'], workspace);
    expect(first.code).toBe(0);
    expect(first.stderr).not.toContain('unchanged since the previous build');

    // a changed text in one notice: its pages and records change, the other's stay
    writeFileSync(second, readFileSync(second, 'utf8').replace('fi: Pori Energia Oy:n markkinointi', 'fi: Pori Energia Oy:n (muutettu) markkinointi'));
    const again = await runCli(['build', 'notices', '--out', 'dist'], workspace);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/: 12 pages and 3 records; 1 notice unchanged since the previous build, their pages kept\n$/u);
    const changedPage = readFileSync(join(workspace, 'dist/fi/asiakasviestinta/index.html'), 'utf8');
    expect(changedPage).toContain('Pori Energia Oy:n (muutettu) markkinointi');

    // the same notices built from nothing, into a folder of its own
    const fresh = await runCli(['build', 'notices', '--out', 'fresh'], workspace);
    expect(fresh.code).toBe(0);
    expect(siteFiles(join(workspace, 'dist'))).toEqual(siteFiles(join(workspace, 'fresh')));
  });

  it('reads every notice and makes every page again with --fresh, to the same site', async () => {
    const before = siteFiles(join(workspace, 'dist'));
    const fresh = await runCli(['build', 'notices', '--out', 'dist', '--fresh'], workspace);
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).not.toContain('unchanged since the previous build');
    expect(siteFiles(join(workspace, 'dist'))).toEqual(before);
    const again = await runCli(['build', 'notices', '--out', 'dist'], workspace);
    expect(again.stderr).toContain('2 notices unchanged since the previous build');
  });

  it('makes again what was changed in the site or in its store since, and never lets an edit of the site reach the store', async () => {
    const dist = join(workspace, 'dist');
    const fresh = join(workspace, 'fresh');
    expect((await runCli(['build', 'notices', '--out', 'fresh', '--fresh'], workspace)).code).toBe(0);
    // a page post-processed in place, a record edited in place, and a file of the store removed
    const page = join(dist, 'fi/markkinointi-ja-viestinta/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</body>', '<p>lisätty</p></body>'));
    const record = join(dist, 'records/asiakasviestinta.json');
    writeFileSync(record, `${readFileSync(record, 'utf8')} `);
    const store = outputStore(dist);
    if (store === undefined) throw new Error('no store for dist');
    const entries = readdirSync(join(store, 'notices'));
    rmSync(join(store, 'notices', entries[0] ?? '', 'record.json'));

    const again = await runCli(['build', 'notices', '--out', 'dist'], workspace);
    expect(again.code).toBe(0);
    expect(siteFiles(dist)).toEqual(siteFiles(fresh));
  });

  it('keeps the store of a folder it builds into, and removes those no build has used for 30 days', async () => {
    const store = outputStore(join(workspace, 'dist'));
    if (store === undefined) throw new Error('no store for dist');
    const forgotten = join(dirname(store), 'a-folder-built-long-ago');
    mkdirSync(join(forgotten, 'notices'), { recursive: true });
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    for (const folder of [forgotten, store]) utimesSync(folder, longAgo, longAgo);
    expect((await runCli(['build', 'notices', '--out', 'dist'], workspace)).code).toBe(0);
    expect(existsSync(forgotten)).toBe(false);
    expect(existsSync(join(store, 'notices'))).toBe(true);
    expect(statSync(store).mtimeMs).toBeGreaterThan(longAgo.getTime());
  });

  it('makes every page again when a setting that every page shows changes', async () => {
    const config = join(workspace, 'seloste.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('name: Pori Energia', 'name: Pori Energia Oy'));
    const result = await runCli(['build', 'notices', '--out', 'dist'], workspace);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('unchanged since the previous build');
    expect(readFileSync(join(workspace, 'dist/fi/markkinointi-ja-viestinta/index.html'), 'utf8')).toContain('Pori Energia Oy');
  });

  it('reads and lints a notice again when the lint configuration changes', async () => {
    const config = join(workspace, 'seloste.config.yaml');
    const before = await runCli(['build', 'notices', '--out', 'dist'], workspace);
    expect(before.stderr).toContain('2 notices unchanged since the previous build');
    writeFileSync(config, readFileSync(config, 'utf8').replace('preset: recommended', 'preset: strict'));
    const strict = await runCli(['build', 'notices', '--out', 'dist'], workspace);
    // the strict preset reports what the recommended one does not: the notices were linted again, not taken from the store
    expect(strict.stderr).not.toBe(before.stderr);
    expect(strict.stderr).not.toContain('unchanged since the previous build');
  });
});
