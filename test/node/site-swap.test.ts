import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockOutput } from '../../src/node/build-lock.ts';
import { createStaging, recoverInterruptedBuilds, STAGING_MARKER, swapFolders, swapIn, type SwapStep } from '../../src/node/site-swap.ts';
import { fromRoot } from '../helpers/paths.ts';

const made: string[] = [];
function parent(): string {
  const folder = mkdtempSync(join(tmpdir(), 'seloste-swap-'));
  made.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** An output folder holding a published site. */
function publishedSite(): string {
  const out = join(parent(), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'old site');
  return out;
}

const steps: readonly SwapStep[] = ['staged', 'old-moved-aside', 'new-moved-in', 'old-removed'];

describe('swapping a new site in', () => {
  it.each(steps)('killed after “%s”, leaves a whole site that the next build keeps, and nothing else', (step) => {
    const out = publishedSite();
    const child = spawnSync(process.execPath, [fromRoot('test/helpers/swap-and-die.ts'), out, step], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    recoverInterruptedBuilds(swapFolders(out));
    const site = readFileSync(join(out, 'index.html'), 'utf8');
    expect(['old site', 'new site']).toContain(site);
    if (step === 'staged' || step === 'old-moved-aside') expect(site).toBe('old site');
    else expect(site).toBe('new site');
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
    expect(existsSync(join(out, STAGING_MARKER))).toBe(false);
  });

  it('never removes a folder beside the output that seloste did not make', () => {
    const out = publishedSite();
    const backup = join(out, '..', '.dist-build-backup');
    mkdirSync(backup);
    writeFileSync(join(backup, 'index.html'), 'my backup');
    recoverInterruptedBuilds(swapFolders(out));
    expect(readFileSync(join(backup, 'index.html'), 'utf8')).toBe('my backup');
  });

  it('gives the new site the mode of the old one, so that the web server reads it as before', () => {
    const out = publishedSite();
    chmodSync(out, 0o750);
    const folders = swapFolders(out, 'test');
    createStaging(folders);
    swapIn(folders);
    expect(statSync(out).mode & 0o777).toBe(0o750);
  });

  it('swaps the folder a symbolic link points to, and keeps the link', () => {
    const served = publishedSite();
    const link = join(parent(), 'dist');
    symlinkSync(served, link);
    const folders = swapFolders(link, 'test');
    createStaging(folders);
    writeFileSync(join(folders.site, 'index.html'), 'new site');
    swapIn(folders);
    expect(readFileSync(join(served, 'index.html'), 'utf8')).toBe('new site');
    expect(readFileSync(join(link, 'index.html'), 'utf8')).toBe('new site');
  });
});

describe('two builds into one folder', () => {
  it('the second waits for the first to finish, and is told so once', async () => {
    const folders = swapFolders(join(parent(), 'dist'), 'a');
    const first = await lockOutput(folders);
    const waits: number[] = [];
    let secondHasIt = false;
    const second = lockOutput(folders, (holder) => waits.push(holder), 10).then((lock) => {
      secondHasIt = true;
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(secondHasIt).toBe(false);
    expect(waits).toEqual([process.pid]);
    first.release();
    (await second).release();
    expect(secondHasIt).toBe(true);
  });

  it('takes over a lock left by a build that was killed', async () => {
    const folders = swapFolders(join(parent(), 'dist'), 'a');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(`${join(folders.target, '..', '.dist')}.lock`, dead);
    const lock = await lockOutput(folders, () => {
      throw new Error('should not wait for a dead process');
    });
    lock.release();
  });
});
