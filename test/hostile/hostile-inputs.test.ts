import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, openSync, closeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { fromRoot, root } from '../helpers/paths.ts';
import { loadOneNotice, renderDocument } from '../helpers/render.ts';

/** Hostile inputs kept as fixtures: each is refused with a diagnostic at its place and exit 1. */
const refused: readonly { file: string; ruleId: string; line: number; column: number }[] = [
  { file: 'proto-keys', ruleId: 'unknown-property', line: 6, column: 1 },
  { file: 'unsafe-id', ruleId: 'invalid-format', line: 2, column: 5 },
  { file: 'javascript-url', ruleId: 'invalid-format', line: 12, column: 11 },
  { file: 'data-url', ruleId: 'invalid-format', line: 12, column: 11 },
  { file: 'bad-email', ruleId: 'invalid-format', line: 12, column: 12 },
  { file: 'deep-flow', ruleId: 'nesting-limit', line: 6, column: 72 },
  { file: 'deep-block', ruleId: 'nesting-limit', line: 7, column: 20003 },
  { file: 'non-string-key', ruleId: 'non-string-key', line: 6, column: 3 },
  { file: 'latin1', ruleId: 'invalid-encoding', line: 8, column: 26 },
  { file: 'control-char', ruleId: 'invalid-character', line: 8, column: 16 },
];

describe('hostile input', () => {
  it.each(refused)('$file is refused with a diagnostic at $line:$column', async ({ file, ruleId, line, column }) => {
    const result = await runCli(['validate', '--format', 'json', `test/fixtures/hostile/${file}.yaml`], root);
    expect(result.code).toBe(1);
    const [first] = JSON.parse(result.stdout) as { ruleId: string; line: number; column: number }[];
    expect(first).toMatchObject({ ruleId, line, column });
  });

  it('leaves Object.prototype alone when keys are __proto__, constructor or prototype', async () => {
    await runCli(['validate', 'test/fixtures/hostile/proto-keys.yaml'], root);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('accepts a byte-order mark and CRLF line ends, reading the same notice', async () => {
    expect((await runCli(['validate', 'test/fixtures/hostile/bom-crlf.yaml'], root)).code).toBe(0);
    const crlf = renderDocument(loadOneNotice('test/fixtures/hostile/bom-crlf.yaml'), 'fi');
    const plain = renderDocument(loadOneNotice('test/fixtures/minimal/asiakasrekisteri.yaml'), 'fi');
    expect(crlf.text.replace('bom-crlf', 'asiakasrekisteri')).toBe(plain.text);
  });

  it('reads old Mac line ends (a lone CR) as line ends', async () => {
    const result = await runCli(['validate', 'test/fixtures/hostile/cr-only.yaml'], root);
    expect(result).toMatchObject({ code: 0, stderr: '2 files valid: 1 notice, 1 organisation\n' });
  });

  it('refuses a file of hundreds of thousands of values, as it does an alias bomb', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'seloste-values-'));
    try {
      copyFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(folder, 'organisation.yaml'));
      writeFileSync(join(folder, 'many.yaml'), `id: many\nlist:\n${'- a\n'.repeat(210_000)}`);
      const result = await runCli(['validate', '--format', 'json', join(folder, 'many.yaml')], folder);
      expect(JSON.parse(result.stdout)).toEqual([
        expect.objectContaining({ ruleId: 'size-limit', message: expect.stringContaining('more than 200000 values') }),
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  const systemNode = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' });
  const [major = 0, minor = 0] = (systemNode.stdout ?? '').replace('v', '').split('.').map(Number);
  const olderNode = systemNode.status === 0 && (major < 22 || (major === 22 && minor < 22));

  // only where the machine has an older Node.js to try (this one has Debian's Node.js 20)
  it.skipIf(!olderNode)('refuses a Node.js older than 22.22 with a clear message', () => {
    const result = spawnSync('/usr/bin/node', ['bin/seloste.js', 'validate'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^seloste needs Node\.js 22\.22 or newer; this is Node\.js \d+.*npm install --prefix/u);
  });

  it('refuses a 50 MB file before reading it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'seloste-huge-'));
    try {
      copyFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(folder, 'organisation.yaml'));
      const huge = join(folder, 'huge.yaml');
      writeFileSync(huge, 'id: huge\n');
      const handle = openSync(huge, 'r+');
      ftruncateSync(handle, 50 * 1024 * 1024);
      closeSync(handle);
      const result = await runCli(['validate', '--format', 'json', huge], folder);
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout)).toEqual([
        expect.objectContaining({ file: 'huge.yaml', line: 1, column: 1, ruleId: 'file-too-large', message: expect.stringContaining('50.0 MB') }),
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('stops an alias bomb in the yaml-alias check', async () => {
    const result = await runCli(['validate', '--format', 'json', 'test/fixtures/invalid/alias-bomb.yaml'], root);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ ruleId: 'yaml-alias' })]);
  });
});

describe('script payloads in every text', () => {
  const notice = loadOneNotice('test/fixtures/hostile-texts/kaikki-kentat.yaml');

  it.each(['fi', 'en'])('come out as inert text in %s', (locale) => {
    const { html, text } = renderDocument(notice, locale);
    const elements: Element[] = [];
    visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
      elements.push(element);
    });
    const allowed = new Set(['p', 'h1', 'h2', 'h3', 'strong', 'em', 'a', 'ul', 'li', 'br', 'section', 'nav', 'div', 'span', 'dl', 'dt', 'dd']);
    expect(elements.map((element) => element.tagName).filter((tag) => !allowed.has(tag))).toEqual([]);
    expect(elements.flatMap((element) => Object.keys(element.properties)).filter((name) => /^on/iu.test(name))).toEqual([]);
    expect(elements.map((element) => String(element.properties['href'] ?? '')).filter((href) => /^(javascript|data|vbscript):/iu.test(href))).toEqual([]);
    // shown as the text it is
    expect(text).toContain(`Kahvipaahtimo Aromi Oy <script>window.__seloste_pwned = 'name'</script>`);
    expect(text).toMatch(/<(img|iframe|svg) [^>]*(onerror|onload|src)=/u);
  });
});
