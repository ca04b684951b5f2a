import { describe, expect, it } from 'vitest';
import { defaultTranslator } from '../../src/node/index.ts';
import { renderSiteNotices } from '../../src/publish/index.ts';
import { shortenAtWord } from '../../src/publish/shorten.ts';
import { minimal, validNotice } from '../helpers/in-memory.ts';
import { loadOneNotice } from '../helpers/render.ts';

describe('the pages the site publishes', () => {
  it('give the organisation’s name and the last-updated line in the page’s language, marking a name shown in another', () => {
    const { notices, diagnostics } = renderSiteNotices([loadOneNotice('test/fixtures/untranslated/rekisteri.yaml')], defaultTranslator());
    expect(notices[0]?.pages['fi']).toMatchObject({ organisationName: { text: 'Käännös Oy' }, lastUpdated: 'Päivitetty 14.2.2025' });
    expect(notices[0]?.pages['fi']?.organisationName).not.toHaveProperty('lang');
    expect(notices[0]?.pages['en']).toMatchObject({ organisationName: { text: 'Käännös Oy', lang: 'fi' }, lastUpdated: 'Last updated 14 February 2025' });
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: 'test/fixtures/untranslated/organisation.yaml', ruleId: 'missing-translation', start: expect.objectContaining({ line: 3 }) }));
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
