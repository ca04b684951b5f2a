import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runCli } from '../helpers/cli.ts';
import { root } from '../helpers/paths.ts';
import { filesUnder } from './files.ts';

describe('seloste build', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'seloste-build-'));
  const out = join(workspace, 'site');
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('builds the pages, records and schemas into --out', async () => {
    const result = await runCli(['build', 'notices', '--out', out], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Built .*site\/ in \d+\.\d s: 8 pages and 2 records\n$/u);
    expect(result.stderr).toMatch(
      /^Lint: \d+ errors, \d+ warnings and \d+ notes in 2 files \(not blocking; --strict, or lint\.strict: true in seloste\.config\.yaml, makes lint errors stop the build\)$/mu,
    );
    expect(result.stderr).toContain(
      'warning: the site address https://tietosuoja.example.fi/ (from site.url in seloste.config.yaml) is an example address: canonical links, hreflang links and the sitemap point at a placeholder',
    );
    for (const file of [
      'fi/markkinointi-ja-viestinta/index.html',
      'en/markkinointi-ja-viestinta/index.html',
      'records/markkinointi-ja-viestinta.json',
      'records/index.json',
      'schemas/record.schema.json',
      'sitemap-index.xml',
    ]) {
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

  it('refuses paths without notices and leaves the previous site as it was, unless --allow-empty', async () => {
    const before = readFileSync(join(out, 'fi/markkinointi-ja-viestinta/index.html'), 'utf8');
    const refused = await runCli(['build', 'test/fixtures/minimal/organisation.yaml', '--out', out], root);
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'No notices in test/fixtures/minimal/organisation.yaml: only organisation files were found. Give the folder of your notices (notices/ by default) or a notice file, or pass --allow-empty to publish a site without notices; nothing was built.\n',
    });
    expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('left alone');
    expect(readFileSync(join(out, 'fi/markkinointi-ja-viestinta/index.html'), 'utf8')).toBe(before);

    const empty = join(workspace, 'empty');
    const allowed = await runCli(['build', 'test/fixtures/minimal/organisation.yaml', '--allow-empty', '--out', empty], root);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('Building the site for 0 notices in 0 languages…');
    expect(existsSync(join(empty, 'records/index.json'))).toBe(true);
  });

  it('stops on lint errors in strict mode, saying so, and builds nothing', async () => {
    const result = await runCli(['build', 'notices', '--strict', '--out', join(workspace, 'strict')], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Lint: \d+ errors, \d+ warnings and \d+ notes in 2 files \(strict mode: lint errors stop the build\)\nLint errors in strict mode; nothing was built\.\n$/mu,
    );
    expect(existsSync(join(workspace, 'strict'))).toBe(false);
  });

  it('refuses a site address that is not a web address', async () => {
    expect(await runCli(['build', 'notices', '--site', 'tietosuoja.esimerkki.fi', '--out', out], root)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unexpected site address "tietosuoja.esimerkki.fi" (from --site); give an http:// or https:// address'),
    });
  });

  it('refuses an output folder whose replacement would delete something else, and deletes nothing', async () => {
    const foreign = join(workspace, 'documents');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'contract.docx'), 'important');
    const cases: [string[], string][] = [
      [['build', 'notices', '--out', '.'], 'would delete the working directory'],
      [['build', 'notices', '--out', 'notices'], 'would delete the notices'],
      [['build', 'notices', '--out', foreign], 'it is not empty and seloste did not build it'],
      [['build', join(foreign, '..'), '--out', workspace], 'would delete the notices'],
    ];
    for (const [args, reason] of cases) {
      const result = await runCli(args, root);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(reason);
    }
    expect(readFileSync(join(foreign, 'contract.docx'), 'utf8')).toBe('important');
    expect(existsSync(join(root, 'notices', 'pori-energia', 'organisation.yaml'))).toBe(true);
  });

  it('refuses an --out that cannot be made, as a usage error, before any work', async () => {
    const file = join(workspace, 'a-file');
    writeFileSync(file, 'not a folder');
    expect(await runCli(['build', 'notices', '--out', join(file, 'sub')], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `seloste build: Refusing to build into ${join(file, 'sub')}: ${file} is a file, not a folder; choose a new or empty folder such as dist/. See \`seloste build --help\`.\n`,
    });
  });

  it.runIf(process.platform === 'linux')('reports a folder it cannot write as a usage error, not as a bug in seloste', async () => {
    const result = await runCli(['build', 'test/fixtures/minimal', '--out', '/proc/seloste-site'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^seloste build: Cannot write the site to \/proc\/seloste-site \(.+\); choose a folder you can write to, such as dist\/\. See `seloste build --help`\.$/mu,
    );
    expect(result.stderr).not.toContain('internal error');
  });

  it('names a missing path as it was typed, as validate does', async () => {
    expect(await runCli(['build', 'no/such/dir', '--out', join(workspace, 'missing')], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'seloste build: No such file or directory: no/such/dir. See `seloste build --help`.\n',
    });
  });

  it('says in its help which paths are usage errors and what --allow-empty builds', async () => {
    const help = (await runCli(['build', '--help'], root)).stdout;
    expect(help).toContain(
      'A path that does not exist or holds no\nYAML file is a usage error, and paths that hold only organisation files, no\nnotice, stop the build too',
    );
    expect(help).toContain('--allow-empty   build even when the paths hold only organisation files,');
  });

  it('reports each missing translation once, as lint does, and as rendering does while translations-complete is off', async () => {
    const untranslated = 'test/fixtures/untranslated/rekisteri.yaml:15:7:';
    const linted = await runCli(['build', 'test/fixtures/untranslated', '--out', join(workspace, 'untranslated')], root);
    expect(linted.code).toBe(0);
    expect(linted.stderr.split('\n').filter((line) => line.startsWith(untranslated))).toEqual([
      `${untranslated} error: \`purposes.items[0].description\` has no \`en\` text: the notice is published in fi, en, so readers of the en page would see it in another language [translations-complete]`,
    ]);

    const project = join(workspace, 'translations-off');
    mkdirSync(project);
    writeFileSync(join(project, 'seloste.config.yaml'), 'lint:\n  rules:\n    translations-complete: off\n');
    const rendered = await runCli(['build', join(root, 'test/fixtures/untranslated'), '--out', 'site'], project);
    expect(rendered.code).toBe(0);
    const where = `${join(root, untranslated)}`;
    expect(rendered.stderr.split('\n').filter((line) => line.startsWith(where))).toEqual([
      `${where} warning: \`purposes.items[0].description\` has no \`en\` text; the en page shows the \`fi\` text instead [missing-translation]`,
    ]);
  });

  it('refuses an invalid seloste.config.yaml before reading any notice', async () => {
    const project = join(workspace, 'bad-config');
    mkdirSync(project);
    writeFileSync(join(project, 'seloste.config.yaml'), 'lint:\n  rules:\n    recipient-named: off\n');
    const result = await runCli(['build', join(root, 'notices'), '--out', 'site'], project);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^seloste\.config\.yaml:3:5: error: /u);
    expect(result.stderr).toMatch(/\n\n1 error and 0 warnings in 1 file\nInvalid seloste\.config\.yaml; nothing was built\.\n$/u);
    expect(result.stderr).not.toContain('markkinointi-ja-viestinta.yaml');
    expect(existsSync(join(project, 'site'))).toBe(false);
  });

  it('shows on a terminal how far reading goes and what Astro is doing, and clears it', async () => {
    let stderr = '';
    const io = { cwd: root, stdout: () => undefined, stderr: (text: string) => void (stderr += text), interactive: true };
    expect(await main(['build', 'test/fixtures/minimal', '--out', join(workspace, 'terminal'), '--site', 'https://tietosuoja.esimerkki.fi/'], io)).toBe(0);
    expect(stderr).toContain('\rReading and rendering notices 100%');
    expect(stderr).toMatch(/Building the site for 1 notice in 2 languages…\nAstro is writing the pages, the records and the sitemap…\r\u001b\[2KBuilt /u);
  });

  it('keeps a path in the site address in every link, canonical address and sitemap entry', async () => {
    const sub = join(workspace, 'subpath');
    // In a process of its own, as users run it: Astro keeps its compiled pages, and with them the
    // site's address, for the life of a process.
    // written without the trailing slash, as an address often is
    const child = spawnSync(process.execPath, ['bin/seloste.js', 'build', 'notices', '--out', sub, '--site', 'https://www.example.fi/tietosuoja'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    for (const file of filesUnder(sub).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(sub, file), 'utf8');
      const local = [...html.matchAll(/href="(\/[^"]*)"/gu)].map((match) => match[1] ?? '');
      expect(
        local.filter((link) => !link.startsWith('/tietosuoja/')),
        file,
      ).toEqual([]);
      for (const absolute of [...html.matchAll(/href="(https:\/\/www\.example\.fi[^"]*)"/gu)].map((match) => match[1] ?? ''))
        expect(absolute, file).toMatch(/^https:\/\/www\.example\.fi\/tietosuoja\//u);
    }
    expect(readFileSync(join(sub, 'fi/markkinointi-ja-viestinta/index.html'), 'utf8')).toContain(
      '<link rel="canonical" href="https://www.example.fi/tietosuoja/fi/markkinointi-ja-viestinta/">',
    );
    expect(readFileSync(join(sub, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://www.example.fi/tietosuoja/fi/markkinointi-ja-viestinta/</loc>');
    // the printable view prints the notice's address
    expect(readFileSync(join(sub, 'fi/markkinointi-ja-viestinta/print/index.html'), 'utf8')).toContain(
      'https://www.example.fi/tietosuoja/fi/markkinointi-ja-viestinta/',
    );
  });

  it('replaces the previous site completely when it succeeds', async () => {
    const result = await runCli(['build', 'test/fixtures/minimal', '--out', out, '--site', 'https://tietosuoja.esimerkki.fi/'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/^warning: /mu);
    expect(existsSync(join(out, 'marker.txt'))).toBe(false);
    expect(existsSync(join(out, 'fi/asiakasrekisteri/index.html'))).toBe(true);
    expect(existsSync(join(out, 'fi/markkinointi-ja-viestinta/index.html'))).toBe(false);
  });
});

describe('builds are deterministic and atomic', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'seloste-determinism-'));
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('gives byte-identical trees for the same notices', async () => {
    const first = join(workspace, 'first');
    const second = join(workspace, 'second');
    expect((await runCli(['build', 'notices', 'test/fixtures/swedish', '--out', first], root)).code).toBe(0);
    expect((await runCli(['build', 'notices', 'test/fixtures/swedish', '--out', second], root)).code).toBe(0);
    const files = filesUnder(first);
    expect(filesUnder(second)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
    expect(differing).toEqual([]);
  });

  it('leaves the previous site untouched when the build is killed midway', async () => {
    const out = join(workspace, 'site');
    expect((await runCli(['build', 'notices', '--out', out], root)).code).toBe(0);
    const before = new Map(filesUnder(out).map((file) => [file, readFileSync(join(out, file))]));
    const child = spawn(process.execPath, ['bin/seloste.js', 'build', 'notices', 'test/fixtures/swedish', '--out', out], { cwd: root, stdio: 'ignore' });
    // kill it once it has started writing the new site beside the old one
    await new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 60_000;
      const poll = setInterval(() => {
        if (readdirSync(workspace).some((name) => name.startsWith('.site-build-'))) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        } else if (Date.now() > deadline || child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error('the build ended before it could be killed'));
        }
      }, 5);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(filesUnder(out)).toEqual([...before.keys()]);
    for (const [file, content] of before) expect(readFileSync(join(out, file)).equals(content), file).toBe(true);
    // the next build clears what the killed one left behind
    expect((await runCli(['build', 'notices', '--out', out], root)).code).toBe(0);
    expect(readdirSync(workspace).filter((name) => name.startsWith('.site-build-'))).toEqual([]);
  });
});
