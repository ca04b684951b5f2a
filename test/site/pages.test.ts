/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordSchemaErrors } from '../../src/schema/index.ts';
import { fromRoot } from '../helpers/paths.ts';
import { launchChromium } from './chromium.ts';
import { filesUnder, pagePath } from './files.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const htmlFiles = filesUnder(siteDir).filter((file) => file.endsWith('.html'));
const seed = 'markkinointi-ja-viestinta';
// The seed's sections: it has no section on complaints (it lists the right among the others), so the page has none.
const sectionKeys = ['controller', 'purposes', 'data', 'sources', 'recipients', 'transfers', 'retention', 'security', 'automated', 'rights', 'changes'];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

/** Opens a path of the site in a fresh browser context. */
async function open(path: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`);
  return page;
}

describe('the built site', () => {
  it('has a page per notice and language, a printable view, a home page per language, a front page and a 404 page', () => {
    expect(htmlFiles).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'fi/index.html',
        'en/index.html',
        'sv/index.html',
        `fi/${seed}/index.html`,
        `en/${seed}/index.html`,
        `fi/${seed}/print/index.html`,
        `en/${seed}/print/index.html`,
        'sv/nyhetsbrev/index.html',
        'fi/jasenrekisteri/index.html',
        'en/member-register/index.html',
        'en/member-register/print/index.html',
      ]),
    );
    // a notice gets pages only in the languages it offers, each at its address in that language
    expect(htmlFiles).not.toContain(`sv/${seed}/index.html`);
    expect(htmlFiles).not.toContain('en/jasenrekisteri/index.html');
  });

  it('has no script element on any page', () => {
    const withScript = htmlFiles.filter((file) => {
      let found = false;
      visit(fromHtml(readFileSync(join(siteDir, file), 'utf8')), 'element', (element: Element) => {
        if (element.tagName === 'script') found = true;
      });
      return found;
    });
    expect(withScript).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate({ root: true, extends: ['html-validate:recommended', 'html-validate:document'] });
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateString(readFileSync(join(siteDir, file), 'utf8'), file);
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('passes axe (WCAG 2.1 A and AA) on every page', async () => {
    const violations: string[] = [];
    for (const file of htmlFiles) {
      const page = await open(pagePath(file));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of results.violations) violations.push(`${file}: ${violation.id} (${violation.nodes.length}) ${violation.help}`);
      await page.context().close();
    }
    expect(violations).toEqual([]);
  });

  it('publishes the records and schemas it links to, valid against the record schema', async () => {
    const record = JSON.parse(readFileSync(join(siteDir, `records/${seed}.json`), 'utf8'));
    expect(recordSchemaErrors(record)).toEqual([]);
    const index = JSON.parse(readFileSync(join(siteDir, 'records/index.json'), 'utf8'));
    expect(recordSchemaErrors(index)).toEqual([]);
    expect(index.organisations.map((organisation: { id: string }) => organisation.id).sort()).toEqual([
      'esimerkkiyhdistys',
      'hyokkaaja',
      'kaannos',
      'kustbolaget',
      'pori-energia',
    ]);
    for (const schema of ['common', 'notice', 'organisation', 'record']) {
      expect(JSON.parse(readFileSync(join(siteDir, `schemas/${schema}.schema.json`), 'utf8'))).toEqual(
        JSON.parse(readFileSync(fromRoot(`schemas/${schema}.schema.json`), 'utf8')),
      );
    }
    const page = await open(`/fi/${seed}/`);
    const links = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    for (const link of new Set(links)) expect((await page.request.get(`${siteUrl}${link}`)).status(), link).toBe(200);
    await page.context().close();
  });

  it('writes a sitemap with every language’s notice pages', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`https://tietosuoja.example.fi/fi/${seed}/`);
    expect(sitemap).toContain(`https://tietosuoja.example.fi/en/${seed}/`);
    expect(sitemap).not.toContain('/print/');
  });

  it('answers unknown addresses with the 404 page', async () => {
    const response = await (await open('/fi/no-such-notice/')).request.get(`${siteUrl}/fi/no-such-notice/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Sivua ei löytynyt');
  });
});

describe('the addresses a page gives search engines', () => {
  it('make a printable view point at its notice page, in its canonical link and in the web address it prints', async () => {
    const page = await open(`/fi/${seed}/print/`);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`https://tietosuoja.example.fi/fi/${seed}/`);
    expect(await page.textContent('.web-address')).toBe(`Verkko-osoite: https://tietosuoja.example.fi/fi/${seed}/`);
    await page.context().close();
  });

  it('leave the 404 page without a canonical address or language versions, which it does not have', async () => {
    const page = await open('/404.html');
    expect(await page.locator('link[rel="canonical"], link[rel="alternate"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('a language’s list of notices', () => {
  it('names each organisation in the page’s language, marking a name shown in another, and says when each notice was updated', async () => {
    const page = await open('/en/');
    const kaannos = page.locator('section[aria-labelledby="organisation-kaannos"]');
    expect(await kaannos.locator('h2').getAttribute('lang')).toBe('fi');
    expect(await kaannos.locator('h2').textContent()).toBe('Käännös Oy');
    expect(await kaannos.locator('.updated').allTextContents()).toEqual(['Last updated 14 February 2025']);
    expect(await page.locator('#organisation-pori-energia').getAttribute('lang')).toBeNull();
    expect(await page.locator('#organisation-pori-energia').textContent()).toBe('Pori Energia Group');
    await page.context().close();
  });
});

describe('a notice page', () => {
  it.each(['fi', 'en'])('in %s has html lang, hreflang alternates and x-default', async (locale) => {
    const page = await open(`/${locale}/${seed}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    const alternates = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
    expect(alternates).toEqual([
      ['fi', `https://tietosuoja.example.fi/fi/${seed}/`],
      ['en', `https://tietosuoja.example.fi/en/${seed}/`],
      ['x-default', `https://tietosuoja.example.fi/fi/${seed}/`],
    ]);
    await page.context().close();
  });

  it.each([
    ['fi', 'English', 'en'],
    ['en', 'Suomi', 'fi'],
  ])('in %s switches to the same notice in the other language', async (from, label, to) => {
    const page = await open(`/${from}/${seed}/`);
    await page
      .getByRole('navigation', { name: from === 'fi' ? 'Tämä sivu muilla kielillä' : 'This page in other languages' })
      .getByRole('link', { name: label })
      .click();
    await page.waitForURL(`${siteUrl}/${to}/${seed}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(to);
    await page.context().close();
  });

  it.each(['fi', 'en'])('in %s opens with the “at a glance” layer and has every section', async (locale) => {
    const page = await open(`/${locale}/${seed}/`);
    const summary = page.locator('section.summary');
    await expect(summary.locator('h2').textContent()).resolves.toBe(locale === 'fi' ? 'Lyhyesti' : 'At a glance');
    expect(await summary.locator('dt').allTextContents()).toHaveLength(7);
    for (const key of sectionKeys) expect(await page.locator(`section[aria-labelledby="${key}"] h2#${key}`).count(), key).toBe(1);
    expect(await page.locator('nav.contents a').count()).toBe(sectionKeys.length);
    expect(await page.locator('section[aria-labelledby="complaint"]').count()).toBe(0);
    // the summary comes before the sections
    const order = await page.locator('h2').allTextContents();
    expect(order[0]).toBe(locale === 'fi' ? 'Lyhyesti' : 'At a glance');
    await page.context().close();
  });

  it('forbids scripts in its content security policy', async () => {
    const page = await open(`/fi/${seed}/`);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
    await page.context().close();
  });

  it('asks the server for nothing but the page itself, not even a favicon', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl}/fi/${seed}/`, { waitUntil: 'networkidle' });
    expect(requested).toEqual([`/fi/${seed}/`]);
    await context.close();
  });

  it('runs no script and fits a 320 px screen without sideways scrolling', async () => {
    const page = await open(`/fi/${seed}/`, 320);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('marks a text shown in another language', async () => {
    const page = await open('/en/kesken/');
    expect(await page.locator('span[lang="fi"]').first().textContent()).toBe('Asiakassuhteen hoitaminen');
    expect(await page.textContent('main')).toContain('This text is not available in English; it is shown in Finnish.');
    await page.context().close();
  });
});

describe('a notice with script payloads in every text', () => {
  it.each(['fi', 'en'])('runs no script and has no handler or script link in %s', async (locale) => {
    const page = await open(`/${locale}/kaikki-kentat/`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { __seloste_pwned?: string }).__seloste_pwned)).toBeUndefined();
    const found = await page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].filter((attribute) => /^on/iu.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
      ),
      links: [...document.querySelectorAll('a[href]')]
        .map((anchor) => anchor.getAttribute('href') ?? '')
        .filter((href) => /^\s*(javascript|data|vbscript):/iu.test(href)),
      active: [...document.querySelectorAll('script, iframe, img, svg, object, embed, details, math, form, input, body style')].map(
        (element) => element.tagName,
      ),
    }));
    expect(found).toEqual({ handlers: [], links: [], active: [] });
    // the payload is there, as text a reader can see
    expect(await page.textContent('main')).toContain(`<script>window.__seloste_pwned = 'name'</script>`);
    await page.context().close();
  });
});

describe('the “at a glance” layer of the seed', () => {
  // A screen: a desktop's 1280 × 800 and a phone's 390 × 844 (CSS pixels).
  it.each([
    ['fi', 1280, 800, 1],
    ['en', 1280, 800, 1],
    ['fi', 390, 844, 2],
    ['en', 390, 844, 2],
  ] as const)('in %s at %d px fits %d px high %d time(s) over', async (locale, width, height, screens) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/${locale}/${seed}/`);
    const box = await page.locator('section.summary').boundingBox();
    expect(box?.height ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(height * screens);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  });

  it.each(['fi', 'en'])('answers who, why, what, to whom, how long, which rights and how to get in touch, in %s', async (locale) => {
    const page = await open(`/${locale}/${seed}/`);
    const summary = page.locator('section.summary');
    expect(await summary.locator('dt').allTextContents()).toEqual(
      locale === 'fi'
        ? [
            'Kuka vastaa tiedoista',
            'Miksi tietoja käsitellään ja millä perusteella',
            'Mitä tietoja',
            'Kenelle tietoja luovutetaan',
            'Kuinka kauan tietoja säilytetään',
            'Oikeutesi',
            'Näin otat yhteyttä',
          ]
        : [
            'Who is responsible',
            'Why, and on what legal basis',
            'What data',
            'Who receives the data',
            'How long the data are kept',
            'Your rights',
            'How to get in touch',
          ],
    );
    // the purposes by the legal team's short names, the basis in a few words
    const purposes = await summary.locator('dd').nth(1).locator('li').allTextContents();
    expect(purposes).toEqual(
      locale === 'fi'
        ? [
            'Markkinointi ja suoramarkkinointi',
            'Asiakaspalvelun ja liiketoiminnan kehittäminen',
            'Analyysit ja tilastot',
            'Verkkosivuston kävijäseuranta',
            'Verkkosivuston kehittäminen',
            'Mielipide- ja markkinatutkimukset',
          ]
        : [
            'Marketing and direct marketing',
            'Developing customer service and business',
            'Analysis and statistics',
            'Monitoring visits to the website',
            'Improving the website',
            'Opinion polls and market research',
          ],
    );
    expect(await summary.locator('dd').nth(1).textContent()).toContain(
      locale === 'fi' ? 'Oikeusperuste: ensisijaisesti oikeutettu etu' : 'Legal basis: primarily legitimate interests',
    );
    // two categories share a short name: it is said once
    const data = await summary.locator('dd').nth(2).locator('li').allTextContents();
    expect(data).toHaveLength(11);
    expect(data[0]).toBe(locale === 'fi' ? 'Nimi ja yhteystiedot' : 'Name and contact details');
    // each right as the section names it, a link to the section
    const rights = summary.locator('dd').nth(5).locator('a');
    expect(await rights.count()).toBe(6);
    expect(new Set(await rights.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))).toEqual(new Set(['#rights']));
    const inSection = await page
      .locator('section[aria-labelledby="rights"] ul.rights > li')
      .evaluateAll((items) => items.map((item) => item.querySelector('strong')?.textContent));
    expect(await rights.allTextContents()).toEqual(inSection);
    expect(await summary.locator('dd').nth(6).textContent()).toContain('tietosuoja@porienergia.fi');
    await page.context().close();
  });

  it('cuts a name the notice does not give from its own words, and says so with “…”', async () => {
    const page = await open('/en/member-register/');
    const summary = page.locator('section.summary');
    expect((await summary.locator('dd').nth(1).textContent())?.trim()).toBe('Managing membership… — contract');
    expect((await summary.locator('dd').nth(2).textContent())?.trim()).toBe('Name, address, e-mail address and telephone number…');
    await page.context().close();
  });
});

describe('a notice with an address of its own in a language', () => {
  it('is published there, and its hreflang links, language switch and printable view follow', async () => {
    const page = await open('/en/member-register/');
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe('https://tietosuoja.example.fi/en/member-register/');
    const alternates = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
    expect(alternates).toEqual([
      ['fi', 'https://tietosuoja.example.fi/fi/jasenrekisteri/'],
      ['en', 'https://tietosuoja.example.fi/en/member-register/'],
      ['x-default', 'https://tietosuoja.example.fi/fi/jasenrekisteri/'],
    ]);
    expect(await page.getByRole('link', { name: 'Printable version' }).getAttribute('href')).toBe('/en/member-register/print/');
    await page.getByRole('navigation', { name: 'This page in other languages' }).getByRole('link', { name: 'Suomi' }).click();
    await page.waitForURL(`${siteUrl}/fi/jasenrekisteri/`);
    await page.goto(`${siteUrl}/fi/jasenrekisteri/print/`);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe('https://tietosuoja.example.fi/fi/jasenrekisteri/');
    await page.context().close();
  });

  it('is in the sitemap at each of its addresses, each naming the other, and its record names them', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const entry = /<url><loc>https:\/\/tietosuoja\.example\.fi\/en\/member-register\/<\/loc>(.*?)<\/url>/u.exec(sitemap)?.[1] ?? '';
    expect(entry).toContain('hreflang="fi" href="https://tietosuoja.example.fi/fi/jasenrekisteri/"');
    expect(sitemap).not.toContain('/en/jasenrekisteri/');
    const record = JSON.parse(readFileSync(join(siteDir, 'records/jasenrekisteri.json'), 'utf8'));
    expect(record.notice.pages).toEqual({ fi: 'https://tietosuoja.example.fi/fi/jasenrekisteri/', en: 'https://tietosuoja.example.fi/en/member-register/' });
  });
});

describe('the organisation that publishes the site', () => {
  it('is named in every page’s header, and its contact line and website are in the footer', async () => {
    const page = await open(`/fi/${seed}/`);
    expect(await page.locator('.site-header .organisation-name').textContent()).toBe('Pori Energia');
    expect(await page.locator('.site-footer').textContent()).toContain('Tietosuoja-asiat: tietosuoja@porienergia.fi');
    expect(await page.locator('.site-footer a[href="mailto:tietosuoja@porienergia.fi"]').count()).toBe(1);
    expect(await page.locator('.site-footer a[href="https://www.porienergia.fi/"]').textContent()).toBe('www.porienergia.fi');
    await page.goto(`${siteUrl}/en/${seed}/`);
    expect(await page.locator('.site-footer').textContent()).toContain('Data protection: tietosuoja@porienergia.fi');
    await page.context().close();
  });

  it('lists its notices on the front page in each language, with their one-line descriptions, by organisation', async () => {
    const page = await open('/');
    const finnish = page.locator('section.language[lang="fi"]');
    const seedItem = finnish.locator(`li:has(a[href="/fi/${seed}/"])`);
    expect(await seedItem.locator('.notice-title').textContent()).toBe('Markkinoinnin tietosuojaseloste');
    // without a lead of its own, the seed is described by its register's name
    expect(await seedItem.locator('.lead').textContent()).toBe('Pori Energia Oy:n markkinointi- ja viestintärekisteri');
    const english = page.locator('section.language[lang="en"]');
    expect(await english.locator('li:has(a[href="/en/member-register/"]) .lead').textContent()).toBe("How we process our members' data");
    expect(await english.locator('h3').allTextContents()).toContain('Pori Energia Group');
    await page.context().close();
  });
});

describe('the printable view', () => {
  it.each(['fi', 'en'])('has the notice’s date and the summary before the sections, in %s', async (locale) => {
    const page = await open(`/${locale}/${seed}/print/`);
    expect(await page.locator('.updated').textContent()).toBe(locale === 'fi' ? 'Päivitetty 24.10.2022' : 'Last updated 24 October 2022');
    const headings = await page.locator('h2').allTextContents();
    expect(headings[0]).toBe(locale === 'fi' ? 'Lyhyesti' : 'At a glance');
    expect(headings[1]).toMatch(/^1\. /u);
    await page.context().close();
  });
});

describe('screenshots to look at', () => {
  const shots = fromRoot('test-output/screenshots');

  it.each([
    ['fi', 1280, 800],
    ['fi', 390, 844],
    ['en', 1280, 800],
    ['en', 390, 844],
  ] as const)('of the seed notice in %s at %d px, the whole page and the first screen', async (locale, width, height) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/${locale}/${seed}/`);
    const file = join(shots, `${seed}-${locale}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await page.screenshot({ path: join(shots, `${seed}-${locale}-${width}-first-screen.png`) });
    await page.locator('section.summary').screenshot({ path: join(shots, `${seed}-${locale}-${width}-at-a-glance.png`) });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    await context.close();
  });

  it.each([
    [1280, 800],
    [390, 844],
  ] as const)('of the front page at %d px', async (width, height) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/`);
    const file = join(shots, `front-page-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    await context.close();
  });

  it.each(['fi', 'en'])('of the printed notice in %s', async (locale) => {
    const page = await open(`/${locale}/${seed}/`, 800);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const file = join(shots, `${seed}-${locale}-print.png`);
    await page.screenshot({ path: file, fullPage: true });
    await page.pdf({ path: join(shots, `${seed}-${locale}.pdf`), format: 'A4' });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    await page.context().close();
  });
});
