import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { root } from '../helpers/paths.ts';

describe('seloste build', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'seloste-build-'));
  const out = join(workspace, 'site');
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('builds the pages, records and schemas into --out', async () => {
    const result = await runCli(['build', 'notices', '--out', out], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Built .*site\/ in \d+\.\d s: 8 pages and 2 records\n$/u);
    for (const file of ['fi/markkinointi-ja-viestinta/index.html', 'en/markkinointi-ja-viestinta/index.html', 'records/markkinointi-ja-viestinta.json', 'records/index.json', 'schemas/record.schema.json', 'sitemap-index.xml']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
  });

  it('stops on an invalid notice with the same diagnostics as validate, and leaves the previous site as it was', async () => {
    const before = readFileSync(join(out, 'fi/markkinointi-ja-viestinta/index.html'), 'utf8');
    writeFileSync(join(out, 'marker.txt'), 'left alone');
    const result = await runCli(['build', 'test/fixtures/invalid/unknown-reference.yaml', '--out', out], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('test/fixtures/invalid/unknown-reference.yaml:20:24: error: Unknown data category `yhteystieto`');
    expect(result.stderr).toContain('nothing was built');
    expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('left alone');
    expect(readFileSync(join(out, 'fi/markkinointi-ja-viestinta/index.html'), 'utf8')).toBe(before);
  });

  it('replaces the previous site completely when it succeeds', async () => {
    const result = await runCli(['build', 'test/fixtures/minimal', '--out', out], root);
    expect(result.code).toBe(0);
    expect(existsSync(join(out, 'marker.txt'))).toBe(false);
    expect(existsSync(join(out, 'fi/asiakasrekisteri/index.html'))).toBe(true);
    expect(existsSync(join(out, 'fi/markkinointi-ja-viestinta/index.html'))).toBe(false);
  });
});
