import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot, root } from '../helpers/paths.ts';

const workspace = mkdtempSync(join(tmpdir(), 'seloste-hardening-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** `seloste build` as a process of its own, as users run it; `preload` is a module Node loads first. */
function build(args: readonly string[], preload?: string, cwd = root): Promise<{ code: number | null; stderr: string }> {
  const flags = preload === undefined ? [] : ['--import', preload];
  const child = spawn(process.execPath, [...flags, fromRoot('bin/seloste.js'), 'build', ...args], {
    cwd,
    env: { ...process.env, SELOSTE_TODAY: '2026-01-15' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

const pages = (out: string) =>
  readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();

describe('builds that meet each other or a full disk', () => {
  it('two builds into one folder: the second waits for the first, and both leave a whole site', async () => {
    const out = join(workspace, 'together');
    const [first, second] = await Promise.all([
      build(['notices', 'test/fixtures/swedish', '--out', out]),
      build(['notices', 'test/fixtures/swedish', '--out', out]),
    ]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(`${first.stderr}${second.stderr}`).toMatch(/Waiting for another seloste build \(process \d+\) that is writing .*together\/ to finish…/u);
    expect(pages(out)).toContain('fi/markkinointi-ja-viestinta/index.html');
    expect(pages(out)).toContain('sv/nyhetsbrev/index.html');
    expect(readdirSync(workspace).filter((name) => name.startsWith('.together'))).toEqual([]);
  });

  it('two builds into two folders at once each write their own, whole', async () => {
    const [a, b] = [join(workspace, 'a'), join(workspace, 'b')];
    const results = await Promise.all([build(['notices', '--out', a]), build(['test/fixtures/swedish', '--out', b])]);
    expect(results.map((result) => result.code)).toEqual([0, 0]);
    expect(pages(a)).toContain('fi/markkinointi-ja-viestinta/index.html');
    expect(pages(a)).not.toContain('sv/nyhetsbrev/index.html');
    expect(pages(b)).toContain('sv/nyhetsbrev/index.html');
    expect(existsSync(fromRoot('.astro'))).toBe(false);
  });

  it('runs from any folder and writes nothing outside its output: not into the working folder, not into its installation', async () => {
    const elsewhere = mkdtempSync(join(workspace, 'cwd-'));
    const installation = () =>
      readdirSync(root)
        .concat(readdirSync(fromRoot('node_modules')).filter((name) => name.startsWith('.')))
        .sort();
    const before = installation();
    const result = await build([fromRoot('test/fixtures/minimal'), '--out', 'site'], undefined, elsewhere);
    expect(result.code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual(['site']);
    expect(installation()).toEqual(before);
  });

  it('a full disk is named as such, with where, and the previous site stays', async () => {
    const out = join(workspace, 'full');
    expect((await build(['test/fixtures/minimal', '--out', out])).code).toBe(0);
    const before = readFileSync(join(out, 'fi/asiakasrekisteri/index.html'), 'utf8');
    const result = await build(['notices', '--out', out], fromRoot('test/helpers/full-disk.mjs'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^seloste build: The disk is full: the new site could not be written in .* \(ENOSPC\); the previous site in .*full is intact\. Free some space and build again\./mu,
    );
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /u);
    expect(readFileSync(join(out, 'fi/asiakasrekisteri/index.html'), 'utf8')).toBe(before);
    expect(readdirSync(workspace).filter((name) => name.startsWith('.full'))).toEqual([]);
  });
});
