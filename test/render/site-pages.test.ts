import { describe, expect, it } from 'vitest';
import { defaultTranslator } from '../../src/node/index.ts';
import { renderSiteNotices } from '../../src/publish/index.ts';
import { shortenAtWord } from '../../src/render/shorten.ts';
import { minimal, validNotice } from '../helpers/in-memory.ts';
import { loadOneNotice } from '../helpers/render.ts';

describe('the pages the site publishes', () => {
  it('give the organisation’s name and the last-updated line in the page’s language, marking a name shown in another', () => {
    const { notices, diagnostics } = renderSiteNotices([loadOneNotice('test/fixtures/untranslated/rekisteri.yaml')], defaultTranslator());
    expect(notices[0]?.pages['fi']).toMatchObject({ organisationName: { text: 'Käännös Oy' }, lastUpdated: 'Päivitetty 14.2.2025' });
    expect(notices[0]?.pages['fi']?.organisationName).not.toHaveProperty('lang');
    expect(notices[0]?.pages['en']).toMatchObject({ organisationName: { text: 'Käännös Oy', lang: 'fi' }, lastUpdated: 'Last updated 14 February 2025' });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'test/fixtures/untranslated/organisation.yaml',
        ruleId: 'missing-translation',
        start: expect.objectContaining({ line: 3 }),
      }),
    );
  });

  it('mark a title shown in another language, and describe the notice by its introduction cut after a word', () => {
    const introduction = 'Tämä seloste kertoo, miten käsittelemme asiakkaidemme henkilötietoja. '.repeat(8);
    const notice = validNotice(`${minimal.notice}title:\n  fi: Asiakasrekisterin seloste\nintroduction:\n  fi: ${introduction}\n  en: ${introduction}\n`);
    const pages = renderSiteNotices([notice], defaultTranslator()).notices[0]?.pages;
    expect(pages?.['en']).toMatchObject({ title: 'Asiakasrekisterin seloste', titleLang: 'fi' });
    expect(pages?.['fi']).not.toHaveProperty('titleLang');
    const description = pages?.['fi']?.description ?? '';
    expect(description.length).toBeLessThanOrEqual(300);
    expect(description).toMatch(/ (Tämä|seloste|kertoo|miten|käsittelemme|asiakkaidemme|henkilötietoja)…$/u);
  });
});

describe('a notice’s page in a language', () => {
  it('is at its slug for the language, else at its id', () => {
    const notice = validNotice(minimal.notice.replace('id: asiakasrekisteri\n', 'id: asiakasrekisteri\nslug:\n  en: customer-register\n'));
    const pages = renderSiteNotices([notice], defaultTranslator()).notices[0]?.pages;
    expect(pages?.['fi']?.path).toBe('/fi/asiakasrekisteri/');
    expect(pages?.['en']?.path).toBe('/en/customer-register/');
    expect(renderSiteNotices([notice], defaultTranslator()).notices[0]?.record.notice.pages).toEqual({
      fi: '/fi/asiakasrekisteri/',
      en: '/en/customer-register/',
    });
  });

  it('is described in one line in the notice’s own words: its lead, else its register’s name, else its introduction’s first sentence', () => {
    const leadOf = (text: string, locale = 'en') => renderSiteNotices([validNotice(text)], defaultTranslator()).notices[0]?.pages[locale]?.leadHtml;
    const titled = `${minimal.notice}title:\n  fi: Asiakasrekisterin seloste\n  en: Privacy notice for customers\n`;
    expect(leadOf(`${titled}lead:\n  fi: Näin hoidamme asiakkuuksia\n  en: How we look after our customers\n`)).toBe(
      '<p class="lead">How we look after our customers</p>',
    );
    expect(leadOf(titled)).toBe('<p class="lead">Customer register</p>');
    const introduction = `introduction:\n  fi: Kerromme, miten käsittelemme tietojasi. Lisää alla.\n  en: We explain how we process your data. More below.\n`;
    expect(leadOf(`${minimal.notice}${introduction}`)).toBe('<p class="lead">We explain how we process your data…</p>');
    expect(leadOf(minimal.notice)).toBe('');
  });
});

describe('a text shortened to fit', () => {
  it('is cut after a word, ends in “…” and leaves out a comma before it', () => {
    expect(shortenAtWord('Lyhyt teksti', 20)).toBe('Lyhyt teksti');
    expect(shortenAtWord('Käsittelemme tietojasi, jotta voimme palvella', 26)).toBe('Käsittelemme tietojasi…');
    expect(shortenAtWord('Käsittelemme tietojasi, jotta voimme palvella', 26).length).toBeLessThanOrEqual(26);
  });

  it('cuts a first word that does not fit within it, measured as told', () => {
    expect(shortenAtWord('Tietosuojaselosteenlyhennelmä', 10)).toBe('Tietosuoj…');
    const written = (text: string) => text.replace(/"/gu, '&#34;').length;
    expect(shortenAtWord('"Lainaus" ja muuta tekstiä', 21)).toBe('"Lainaus" ja muuta…');
    expect(shortenAtWord('"Lainaus" ja muuta tekstiä', 21, written)).toBe('"Lainaus" ja…');
  });
});
