/// <reference lib="dom" />
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../../src/diagnostics/index.ts';
import { DevBuilder } from '../../src/node/dev-build.ts';
import { startDevServer } from '../../src/node/dev-server.ts';
import { loadProjectConfig } from '../../src/node/load-config.ts';
import { processFromDisk } from '../../src/node/process-from-disk.ts';
import { fromRoot } from '../helpers/paths.ts';
import { launchChromium } from './chromium.ts';

const seedFile = join('notices', 'pori-energia', 'markkinointi-ja-viestinta.yaml');
const seedPage = 'fi/markkinointi-ja-viestinta/';
/** Generous: the machine may be busy; every wait ends as soon as what it waits for happens. */
const WAIT = { timeout: 90_000 };

/** A folder with a copy of the seed notices, removed after the tests. */
function seedProject(): string {
  const folder = mkdtempSync(join(tmpdir(), 'seloste-dev-'));
  cpSync(fromRoot('notices'), join(folder, 'notices'), { recursive: true });
  return folder;
}

/** `seloste dev --port 0` as a user starts it, and the address it prints. */
function startCommand(cwd: string): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [fromRoot('bin/seloste.js'), 'dev', '--port', '0'], {
    cwd,
    env: { ...process.env, SELOSTE_TODAY: '2025-06-02' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += String(chunk);
      const url = /http:\/\/127\.0\.0\.1:\d+\//u.exec(stdout)?.[0];
      if (url !== undefined) resolve({ child, url, stderr: () => stderr });
    });
    child.once('exit', (code) => reject(new Error(`seloste dev stopped with ${String(code)}: ${stderr}`)));
  });
}

/** A GET with the Host header given (fetch would not let a test forge one), answering the status and the body. */
function get(url: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const address = new URL(url);
    const sent = request({ host: address.hostname, port: address.port, path, headers: host === undefined ? {} : { Host: host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += String(chunk)));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** The text of the problems panel at the top of a page. */
function problems(page: Page): Promise<string> {
  return page.locator('.dev-problems').innerText();
}

describe('seloste dev', () => {
  let project: string;
  let dev: Awaited<ReturnType<typeof startCommand>>;
  let browser: Browser;
  let file: string;
  let original: string;

  beforeAll(async () => {
    project = seedProject();
    file = join(project, seedFile);
    original = readFileSync(file, 'utf8');
    [dev, browser] = await Promise.all([startCommand(project), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    if (dev?.child.exitCode === null) dev.child.kill('SIGKILL');
    rmSync(project, { recursive: true, force: true });
  });

  it('shows the notice as the site lays it out, with its lint findings at their lines above it', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}${seedPage}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Markkinoinnin tietosuojaseloste');
    await expect(page.locator('.summary').count()).resolves.toBe(1);
    // the seed's lint findings, each as file:line:col: severity: message [rule]
    expect(await problems(page)).toMatch(/notices\/pori-energia\/markkinointi-ja-viestinta\.yaml:\d+:\d+: (error|warning): .+ \[[a-z0-9-]+\]/u);
    // the index lists the notice in each of its languages
    await page.goto(dev.url);
    await expect(page.locator(`a[href="/${seedPage}"]`).innerText()).resolves.toBe('Markkinoinnin tietosuojaseloste');
    await expect(page.locator('a[href="/en/markkinointi-ja-viestinta/"]').innerText()).resolves.toBe('Privacy notice for marketing');
    await page.close();
  });

  it('reloads the open page with the change when the notice is saved, also when an editor saves by renaming a new file over it', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}${seedPage}`);
    writeFileSync(file, original.replace('fi: Markkinoinnin tietosuojaseloste', 'fi: Markkinoinnin uusi seloste'));
    await page.locator('h1', { hasText: 'Markkinoinnin uusi seloste' }).waitFor(WAIT);
    const copy = `${file}.tmp`;
    writeFileSync(copy, original.replace('fi: Markkinoinnin tietosuojaseloste', 'fi: Markkinoinnin toinen seloste'));
    renameSync(copy, file);
    await page.locator('h1', { hasText: 'Markkinoinnin toinen seloste' }).waitFor(WAIT);
    await page.close();
  });

  it('shows a broken edit as a problem at its line, as text, above the last valid version of the page; fixing it shows the fixed page', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    writeFileSync(file, original);
    await page.goto(`${dev.url}${seedPage}`);
    await page.locator('h1', { hasText: 'Markkinoinnin tietosuojaseloste' }).waitFor(WAIT);
    const lines = original.split('\n');
    const line = lines.findIndex((text) => text === '  basis: legitimate-interests') + 1;
    expect(line).toBeGreaterThan(0);
    const broken = '<img src=x onerror=alert(1)>';
    writeFileSync(file, original.replace('  basis: legitimate-interests', `  basis: ${broken}`));
    const panel = page.locator('.dev-problems', { hasText: `${seedFile}:${line}:10: error: Unexpected value \`${broken}\` for \`basis\`` });
    await panel.waitFor(WAIT);
    expect(await problems(page)).toContain('[invalid-value]');
    expect(await problems(page)).toContain('last valid version');
    // the value is shown as written, never as markup
    await expect(page.locator('.dev-problems img').count()).resolves.toBe(0);
    await expect(page.locator('h1').innerText()).resolves.toBe('Markkinoinnin tietosuojaseloste');
    writeFileSync(file, original.replace('fi: Markkinoinnin tietosuojaseloste', 'fi: Korjattu seloste'));
    await page.locator('h1', { hasText: 'Korjattu seloste' }).waitFor(WAIT);
    expect(await problems(page)).not.toContain('invalid-value');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('serves only its own pages, and only to requests addressed to 127.0.0.1 or localhost', async () => {
    for (const path of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/fi/..%2f..%2fpackage.json',
      '/package.json',
      '/notices/pori-energia/organisation.yaml',
      '/fi/markkinointi-ja-viestinta/print/',
    ]) {
      const { status, body } = await get(dev.url, path);
      expect(status, path).toBe(404);
      expect(body, path).not.toContain('organisation:');
    }
    // another site's name resolving to 127.0.0.1 reads nothing
    expect((await get(dev.url, `/${seedPage}`, 'seloste.attacker.example')).status).toBe(421);
    expect((await get(dev.url, `/${seedPage}`, `localhost:${new URL(dev.url).port}`)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM: exit code 0, and the port closed', async () => {
    const exited = new Promise<number | null>((resolve) => dev.child.once('exit', resolve));
    dev.child.kill('SIGTERM');
    await expect(exited).resolves.toBe(0);
    expect(dev.stderr()).toContain('seloste dev: stopped.');
    await expect(fetch(dev.url)).rejects.toThrow();
  });
});

describe('startDevServer', () => {
  it('closes with its pages’ event streams open, and nothing left listening', async () => {
    const project = seedProject();
    try {
      const server = await startDevServer({ cwd: project, port: 0 });
      const stream = await fetch(`${server.url}_seloste/events`);
      const reader = stream.body?.getReader();
      const first = await reader?.read();
      expect(new TextDecoder().decode(first?.value)).toContain(`data: ${server.build.version}`);
      await server.close();
      // the stream ends with the server
      let done = false;
      while (!done) done = (await reader?.read())?.done ?? true;
      await expect(fetch(server.url)).rejects.toThrow();
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('runs no script of a notice’s texts, on its pages or the index: only its own reload script', async () => {
    const server = await startDevServer({ cwd: fromRoot('.'), paths: ['test/fixtures/hostile-texts'], port: 0 });
    const browser = await launchChromium();
    try {
      for (const path of ['', 'fi/', 'fi/kaikki-kentat/', 'en/kaikki-kentat/']) {
        const page = await browser.newPage();
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('load');
        const found = await page.evaluate(() => ({
          pwned: (window as unknown as { __seloste_pwned?: string }).__seloste_pwned,
          handlers: [...document.querySelectorAll('*')].flatMap((element) =>
            [...element.attributes].filter((attribute) => /^on/iu.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
          ),
          links: [...document.querySelectorAll('a[href]')]
            .map((anchor) => anchor.getAttribute('href') ?? '')
            .filter((href) => /^\s*(javascript|data|vbscript):/iu.test(href)),
          active: [...document.querySelectorAll('body script, iframe, img, svg, object, embed, math, form, input, body style')].map(
            (element) => element.tagName,
          ),
          scripts: document.querySelectorAll('script').length,
        }));
        expect(found, path).toEqual({ pwned: undefined, handlers: [], links: [], active: [], scripts: 1 });
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('the preview’s builds', () => {
  it('find the problems and lint findings that validate and lint find, and the notices the build publishes', () => {
    const cwd = fromRoot('.');
    const paths = ['notices', 'test/fixtures'];
    const { config, diagnostics } = loadProjectConfig(cwd);
    const whole = processFromDisk(paths, { cwd, render: true, lint: { config: config.lint, today: '2025-06-02' } });
    const build = new DevBuilder({ cwd, paths, today: () => '2025-06-02' }).build();
    expect(build.diagnostics.map(formatDiagnostic)).toEqual(sortDiagnostics([...diagnostics, ...whole.problems, ...whole.findings]).map(formatDiagnostic));
    expect(build.notices.map((notice) => notice.id).sort()).toEqual((whole.site?.notices ?? []).map((notice) => notice.id).sort());
  });

  it('process again only the notice saved, and nothing when no file changed', () => {
    const project = seedProject();
    try {
      cpSync(fromRoot('test/fixtures/swedish'), join(project, 'notices', 'swedish'), { recursive: true });
      const builder = new DevBuilder({ cwd: project, paths: ['notices'] });
      const first = builder.build();
      expect(first.processed).toBe(first.notices.length);
      expect(first.notices.length).toBeGreaterThan(1);
      expect(builder.build()).toBe(first);
      const file = join(project, seedFile);
      writeFileSync(file, readFileSync(file, 'utf8').replace('fi: Markkinoinnin tietosuojaseloste', 'fi: Uusi otsikko'));
      const second = builder.build();
      expect(second.processed).toBe(1);
      expect(second.version).toBe(first.version + 1);
      expect(second.notices.find((notice) => notice.id === 'markkinointi-ja-viestinta')?.site.pages['fi']?.title).toBe('Uusi otsikko');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
