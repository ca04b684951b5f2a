/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSchemaErrors } from '../../src/schema/index.ts';
import { fromRoot } from '../helpers/paths.ts';
import { launchChromium } from './chromium.ts';
import { filesUnder, pagePath } from './files.ts';
import { serveDirectory } from './static-server.ts';

// A project in a git repository of its own: the minimal notice committed three times, each version with its date.
const workspace = mkdtempSync(join(tmpdir(), 'seloste-versions-'));
const noticeFile = join(workspace, 'notices', 'esimerkki', 'asiakasrekisteri.yaml');
const outDir = join(workspace, 'dist');
const notice = 'asiakasrekisteri';
const first = '2025-01-31';
const second = '2025-03-01';
const third = '2025-06-01';

/** Runs git in the fixture repository, each commit dated `date` (noon UTC), whatever the machine's settings. */
function git(args: readonly string[], date = first): void {
  execFileSync('git', ['-c', 'user.name=Seloste Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: workspace,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
  });
}

/** Commits the notice as `text` on `date`. */
function commit(text: string, date: string): void {
  writeFileSync(noticeFile, text);
  git(['add', '-A'], date);
  git(['commit', '--quiet', '-m', `Notice as of ${date}`], date);
}

const original = readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8');
// the second version: a new purpose (material), with the notice's own note of it
const withNewsletter = `${original.replace('lastUpdated: 2025-01-31', `lastUpdated: ${second}`).replace(
  'dataCategories:\n  items:',
  `    - id: uutiskirje
      description:
        fi: Uutiskirjeen lähettäminen
        en: Sending the newsletter
      legalBasis:
        basis: consent
      dataCategories: [yhteystiedot]
dataCategories:
  items:`,
)}changes:
  log:
    - date: ${second}
      description:
        fi: Lisätty uutiskirje.
        en: Added the newsletter.
`;
// the third: a new category of personal data, used by the first purpose, and a second note
const withPurchases = withNewsletter
  .replace(`lastUpdated: ${second}`, `lastUpdated: ${third}`)
  .replace('      dataCategories: [yhteystiedot]\n', '      dataCategories: [yhteystiedot, ostohistoria]\n')
  .replace(
    '        en: name and contact details\n',
    `        en: name and contact details
    - id: ostohistoria
      label:
        fi: ostohistoria
        en: purchase history
`,
  )
  .replace(
    '  log:\n',
    `  log:
    - date: ${third}
      description:
        fi: Lisätty ostohistoria.
        en: Added the purchase history.
`,
  );

/** `seloste build` as a process of its own, in the fixture repository. */
function build(): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [fromRoot('bin/seloste.js'), 'build', '--out', outDir], {
    cwd: workspace,
    env: { ...process.env, SELOSTE_TODAY: '2026-01-15' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let built: { code: number | null; stderr: string };

beforeAll(async () => {
  mkdirSync(join(workspace, 'notices', 'esimerkki'), { recursive: true });
  cpSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(workspace, 'notices', 'esimerkki', 'organisation.yaml'));
  writeFileSync(join(workspace, 'seloste.config.yaml'), 'site:\n  versions: commits\n');
  git(['init', '--quiet']);
  commit(original, first);
  commit(withNewsletter, second);
  commit(withPurchases, third);
  built = await build();
  server = await serveDirectory(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(workspace, { recursive: true, force: true });
});

/** Opens a path of the site in a fresh browser context (axe needs one of its own). */
async function open(path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

const html = (file: string) => readFileSync(join(outDir, file), 'utf8');
const earlierPages = [first, second].flatMap((date) => ['fi', 'en'].map((locale) => `${locale}/${notice}/versions/${date}/index.html`));

describe('a site built from a notice with three versions in git', () => {
  it('publishes the two earlier versions in each language, and the current one at its usual address', () => {
    expect(built.code, built.stderr).toBe(0);
    const pages = filesUnder(outDir).filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining([`fi/${notice}/index.html`, `en/${notice}/index.html`, ...earlierPages]));
    // the current version is the notice's page, not a version of its own
    expect(pages.filter((file) => file.includes(third))).toEqual([]);
  });

  it('shows the change history on the current page: each version, its material changes and the notice’s own notes', async () => {
    const page = await open(`/en/${notice}/`);
    const history = page.locator('section[aria-labelledby="history"]');
    await expect(history.getByRole('heading', { name: 'Change history' }).count()).resolves.toBe(1);
    const text = (await history.innerText()).replace(/\s+/gu, ' ');
    expect(text).toContain('1 June 2025 (current version)');
    expect(text).toContain('New category of personal data: purchase history');
    expect(text).toContain('Added the purchase history.');
    expect(text).toContain('New purpose: Sending the newsletter');
    expect(text).toContain('Added the newsletter.');
    expect(text).toContain('The first version published.');
    // newest first
    expect(text.indexOf('purchase history')).toBeLessThan(text.indexOf('Sending the newsletter'));
    const fi = html(`fi/${notice}/index.html`);
    expect(fi).toContain('Muutoshistoria');
    expect(fi).toContain('Uusi käsittelyn tarkoitus');
    await page.context().close();
  });

  it('links the current page to each earlier version and each earlier version back to the current one', async () => {
    const page = await open(`/en/${notice}/`);
    await page.locator('section[aria-labelledby="history"]').getByRole('link', { name: '1 March 2025' }).click();
    await page.waitForURL(`**/en/${notice}/versions/${second}/`);
    const note = (await page.locator('.version-note').innerText()).replace(/\s+/gu, ' ');
    expect(note).toContain('Version of 1 March 2025.');
    expect(note).toContain('no longer in force');
    // the earlier version is rendered from its own model: the newsletter, not yet the purchase history
    const body = await page.locator('main').innerText();
    expect(body).toContain('Sending the newsletter');
    expect(body).not.toContain('purchase history');
    await page.getByRole('link', { name: 'The current version of the notice' }).click();
    await page.waitForURL(`**/en/${notice}/`);
    await page.locator('section[aria-labelledby="history"]').getByRole('link', { name: '31 January 2025' }).click();
    await page.waitForURL(`**/en/${notice}/versions/${first}/`);
    expect(await page.locator('main').innerText()).not.toContain('Sending the newsletter');
    await page.context().close();
    expect(html(`fi/${notice}/versions/${first}/index.html`)).toContain('Tämä on selosteen aiempi versio. Se ei ole enää voimassa.');
  });

  it('gives each earlier version hreflang links to its other languages, and leaves earlier versions out of the sitemap', () => {
    const page = html(`fi/${notice}/versions/${second}/index.html`);
    expect(page).toMatch(new RegExp(`<link rel="alternate" hreflang="en" href="[^"]*/en/${notice}/versions/${second}/"`, 'u'));
    expect(page).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/fi/${notice}/versions/${second}/"`, 'u'));
    const sitemap = filesUnder(outDir)
      .filter((file) => /^sitemap-\d+\.xml$/u.test(file))
      .map(html)
      .join('\n');
    expect(sitemap).toContain(`/fi/${notice}/</loc>`);
    expect(sitemap).not.toContain('/versions/');
  });

  it('gives the record the versions and their changes, valid against the record schema', () => {
    const record = JSON.parse(html(`records/${notice}.json`)) as { versions?: { date?: string; changes: { kind: string; significance: string }[] }[] };
    expect(recordSchemaErrors(record)).toEqual([]);
    expect(record.versions?.map((version) => version.date)).toEqual([third, second, first]);
    expect(record.versions?.[0]?.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'data-category-added', significance: 'material', id: 'ostohistoria' })]),
    );
    expect(record.versions?.[1]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'purpose-added', id: 'uutiskirje' })]));
    expect(record.versions?.[2]?.changes).toEqual([]);
  });

  it('passes html-validate and axe on the current and the earlier pages', async () => {
    const files = [`fi/${notice}/index.html`, `en/${notice}/index.html`, ...earlierPages];
    const validator = new HtmlValidate({ root: true, extends: ['html-validate:recommended', 'html-validate:document'] });
    const problems: string[] = [];
    const violations: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(html(file), file);
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column}: ${message.message} [${message.ruleId}]`);
      const page = await open(pagePath(file));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of results.violations) violations.push(`${file}: ${violation.id} (${violation.nodes.length}) ${violation.help}`);
      await page.context().close();
    }
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
  });
});
