import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { fromRoot } from '../helpers/paths.ts';

/** A plain drawing: what a logo is. */
const LOGO_SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="40" height="40" rx="8" fill="#0b5394"/></svg>\n';

/** The smallest PNG there is: one transparent pixel. */
const LOGO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('the organisation’s identity in seloste.config.yaml', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'seloste-identity-'));
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  /** A project folder with the minimal notice, the given settings and files. */
  function project(name: string, config: string, files: Readonly<Record<string, string | Buffer>> = {}): string {
    const folder = join(workspace, name);
    mkdirSync(join(folder, 'notices'), { recursive: true });
    cpSync(fromRoot('test/fixtures/minimal'), join(folder, 'notices/esimerkki'), { recursive: true });
    writeFileSync(join(folder, 'seloste.config.yaml'), config);
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(join(folder, file, '..'), { recursive: true });
      writeFileSync(join(folder, file), content);
    }
    return folder;
  }

  const settings = (logo: string) =>
    `site:\n  organisation:\n    name:\n      fi: Esimerkki Oy\n      en: Esimerkki Ltd\n    logo: ${logo}\n    website: https://www.esimerkki.example.fi/\n`;

  it('copies the logo into the site and shows it beside the name on every page, in the page’s language', async () => {
    const folder = project('svg', settings('site/logo.svg'), { 'site/logo.svg': LOGO_SVG });
    const result = await runCli(['build', '--out', 'dist'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(folder, 'dist/assets/logo.svg'), 'utf8')).toBe(LOGO_SVG);
    const page = readFileSync(join(folder, 'dist/en/asiakasrekisteri/index.html'), 'utf8');
    expect(page).toMatch(/<img class="logo" src="\/assets\/logo\.svg" alt="" width="120" height="40"[^>]*>/u);
    expect(page).toContain('<span class="organisation-name">Esimerkki Ltd</span>');
    expect(page).toContain("img-src 'self' data:");
    expect(readFileSync(join(folder, 'dist/fi/asiakasrekisteri/index.html'), 'utf8')).toContain('<span class="organisation-name">Esimerkki Oy</span>');
  });

  it('takes a PNG logo, with its size from the file', async () => {
    const folder = project('png', settings('logo.png'), { 'logo.png': LOGO_PNG });
    const result = await runCli(['build', '--out', 'dist'], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(folder, 'dist/assets/logo.png')).equals(LOGO_PNG)).toBe(true);
    expect(readFileSync(join(folder, 'dist/fi/index.html'), 'utf8')).toMatch(/<img class="logo" src="\/assets\/logo\.png" alt="" width="1" height="1"/u);
  });

  it.each([
    ['of another type', 'logo.gif', {}, /seloste\.config\.yaml:6:11: error: .*logo/u],
    [
      'that does not exist',
      'site/logo.svg',
      {},
      /seloste\.config\.yaml:6:11: error: Missing logo `site\/logo\.svg`: there is no such file; .* \[invalid-logo\]/u,
    ],
    [
      'outside the project',
      '../outside.svg',
      {},
      /seloste\.config\.yaml:6:11: error: Unexpected logo `\.\.\/outside\.svg` outside the project .* \[invalid-logo\]/u,
    ],
    [
      'whose contents are not what its name says',
      'logo.png',
      { 'logo.png': LOGO_SVG },
      /error: Unexpected contents in logo `logo\.png`: the file is named \.png but is not a PNG image/u,
    ],
    [
      'with a script',
      'logo.svg',
      { 'logo.svg': LOGO_SVG.replace('</svg>', '<script>alert(1)</script></svg>') },
      /error: Unexpected script in logo `logo\.svg`/u,
    ],
  ] as const)('refuses a logo %s before reading any notice, and builds nothing', async (_, logo, files, message) => {
    writeFileSync(join(workspace, 'outside.svg'), LOGO_SVG);
    const folder = project(`refused-${logo.replace(/\W/gu, '-')}-${Object.keys(files).length}`, settings(logo), files);
    const result = await runCli(['build', '--out', 'dist'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Invalid seloste.config.yaml; nothing was built.');
    expect(existsSync(join(folder, 'dist'))).toBe(false);
  });

  it('refuses a logo reached through a symbolic link that leads out of the project', async () => {
    const folder = project('linked', settings('logo.svg'));
    symlinkSync(join(workspace, 'outside.svg'), join(folder, 'logo.svg'));
    const result = await runCli(['build', '--out', 'dist'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unexpected logo `logo.svg` outside the project');
  });
});

describe('addresses in each language', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'seloste-slugs-'));
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));
  const notice = (id: string, extra: string) =>
    readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8').replace('id: asiakasrekisteri\n', `id: ${id}\n${extra}`);

  it('are one notice’s each: a second notice at an address is reported where it says so, and left out', async () => {
    const folder = join(workspace, 'clash');
    cpSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(folder, 'organisation.yaml'));
    writeFileSync(join(folder, 'a.yaml'), notice('asiakasrekisteri', 'slug:\n  en: customers\n'));
    writeFileSync(join(folder, 'b.yaml'), notice('asiakkaat', 'slug:\n  en: customers\n'));
    writeFileSync(join(folder, 'c.yaml'), notice('customers', ''));
    const result = await runCli(['validate', '.'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'b.yaml:4:7: error: Duplicate address `/en/customers/`: a.yaml has its en page there too; give this notice another `slug.en` [duplicate-id]',
    );
    // a notice whose id is the other's address in a language it has no slug for
    expect(result.stderr).toContain(
      'c.yaml:2:5: error: Duplicate address `/en/customers/`: a.yaml has its en page there too; give one of them a `slug.en` of its own [duplicate-id]',
    );
  });

  it('are given only for the languages the notice is published in', async () => {
    const folder = join(workspace, 'unlisted');
    cpSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(folder, 'organisation.yaml'));
    writeFileSync(join(folder, 'a.yaml'), notice('asiakasrekisteri', 'slug:\n  sv: kundregister\n'));
    const result = await runCli(['validate', '.'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'a.yaml:4:3: error: Slug for `sv`, a language the notice does not list in `languages` (`fi` and `en`): correct the language code, or remove the slug [unlisted-language]',
    );
  });

  it('are identifiers', async () => {
    const folder = join(workspace, 'invalid');
    cpSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(folder, 'organisation.yaml'));
    writeFileSync(join(folder, 'a.yaml'), notice('asiakasrekisteri', 'slug:\n  en: Customer Register\n'));
    const result = await runCli(['validate', '.'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/a\.yaml:4:7: error: .*\[invalid-format\]/u);
  });
});
