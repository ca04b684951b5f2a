import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/model/index.ts';
import { summaryNodes, toHtml } from '../../src/render/index.ts';
import { shortenAtClause } from '../../src/render/shorten.ts';
import { minimal, validNotice } from '../helpers/in-memory.ts';
import { renderDocument, visibleText } from '../helpers/render.ts';
import { loadOneNotice } from '../helpers/render.ts';
import { seedNotice } from '../helpers/paths.ts';

/** The “at a glance” layer's lines: each term with what follows it, in the locale. */
function summaryOf(notice: Notice, locale: string): { text: string; html: string } {
  const html = toHtml({ type: 'root', children: summaryNodes(renderDocument(notice, locale).rendered) });
  return { text: visibleText(html), html };
}

const purposes = (items: string) => minimal.notice.replace(/^purposes:\n {2}items:\n[\s\S]*?(?=^dataCategories:)/mu, `purposes:\n  items:\n${items}`);

describe('a text cut short for the summary', () => {
  it('keeps as many whole clauses as fit, and ends with “…” wherever something was left out', () => {
    expect(shortenAtClause('Markkinointitarkoituksiin, mukaan lukien suoramarkkinointi, sisältäen uutiskirjeiden lähettämisen.', 60)).toEqual({
      text: 'Markkinointitarkoituksiin, mukaan lukien suoramarkkinointi…',
      shortened: true,
    });
    expect(shortenAtClause('Markkinointitarkoituksiin, mukaan lukien suoramarkkinointi, sisältäen uutiskirjeiden lähettämisen.', 48)).toEqual({
      text: 'Markkinointitarkoituksiin…',
      shortened: true,
    });
    expect(shortenAtClause('nimi, osoite, sähköpostiosoite ja puhelinnumero (jäsenhakemuksesta)', 60)).toEqual({
      text: 'nimi, osoite, sähköpostiosoite ja puhelinnumero…',
      shortened: true,
    });
    expect(shortenAtClause('Analysointi- ja tilastointitarkoituksiin', 60)).toEqual({ text: 'Analysointi- ja tilastointitarkoituksiin', shortened: false });
  });

  it('cuts a first clause too long to fit after a word', () => {
    expect(shortenAtClause('Rekisterinpitäjän ja sen konserniyhtiöiden asiakaspalvelun ja liiketoiminnan kehittämiseksi', 48)).toEqual({
      text: 'Rekisterinpitäjän ja sen konserniyhtiöiden…',
      shortened: true,
    });
  });

  it('does not end a sentence at an abbreviation, and keeps whole sentences where asked', () => {
    expect(shortenAtClause('Tietoja kerätään esim. uutiskirjeen tilaajilta. Toinen lause on pidempi kuin raja sallii.', 80, 'sentence')).toEqual({
      text: 'Tietoja kerätään esim. uutiskirjeen tilaajilta…',
      shortened: true,
    });
    expect(shortenAtClause('Kerromme tässä, miten käsittelemme tietojasi.', 160, 'sentence')).toEqual({
      text: 'Kerromme tässä, miten käsittelemme tietojasi',
      shortened: false,
    });
  });
});

describe('the “at a glance” layer', () => {
  it('names a purpose by its short name, else its name, else its description cut to a few words, and never in words the notice does not have', () => {
    const notice = validNotice(
      purposes(`    - id: a
      short: { fi: Markkinointi, en: Marketing }
      name: { fi: Markkinointi ja viestintä, en: Marketing and communications }
      description: { fi: Markkinoinnin toteuttaminen., en: Carrying out marketing. }
    - id: b
      name: { fi: Asiakaspalvelu, en: Customer service }
      description: { fi: Asiakaspalvelun hoitaminen., en: Providing customer service. }
    - id: c
      description:
        fi: Analysointi- ja tilastointitarkoituksiin, mukaan lukien verkkosivuston kävijäliikenteen seuranta ja raportointi johdolle.
        en: For analysis and statistics, including monitoring visitor traffic on the website and reporting it to the management.
`),
    );
    const { text } = summaryOf(notice, 'en');
    expect(text).toContain('Why, and on what legal basis Marketing Customer service For analysis and statistics… What data');
    expect(summaryOf(notice, 'fi').text).toContain('Markkinointi Asiakaspalvelu Analysointi- ja tilastointitarkoituksiin…');
  });

  it('names the data categories by their short names, each once, and cuts a long label without one', () => {
    const notice = validNotice(
      minimal.notice.replace(
        /dataCategories:\n[\s\S]*$/u,
        `dataCategories:
  items:
    - id: yhteystiedot
      short: { fi: yhteystiedot, en: contact details }
      label: { fi: nimi ja yhteystiedot, en: name and contact details }
    - id: yhteyshenkilot
      short: { fi: yhteystiedot, en: contact details }
      label: { fi: yhteyshenkilön nimi ja asema, en: name and position of a contact person }
    - id: asiakkuus
      label:
        fi: asiakkuuteen ja sopimuksiin liittyvät tiedot (kuten kirjeenvaihto ja puhelutallenteet)
        en: data on the customer relationship and contracts (such as correspondence and call recordings)
`,
      ),
    );
    const { text, html } = summaryOf(notice, 'en');
    expect(text).toContain('What data Contact details Data on the customer relationship and contracts… How');
    expect(html.match(/Contact details/gu)).toHaveLength(1);
    expect(html).toContain('<ul class="inline">');
  });

  it('names the rules’ purposes and categories as the summary does, and the section as the notice does', () => {
    const notice = validNotice(
      `${purposes(`    - id: asiakassuhde
      short: { fi: Asiakkuus, en: Customers }
      description: { fi: Asiakassuhteen hoitaminen, en: Managing the customer relationship }
      legalBasis:
        basis: contract
`)}retention:\n  rules:\n    - appliesTo:\n        purposes: [asiakassuhde]\n      period: P2Y\n`,
    );
    expect(summaryOf(notice, 'en').text).toContain('How long the data are kept Customers: Kept for 2 years.');
    const section = renderDocument(notice, 'en').rendered.sections.find((candidate) => candidate.key === 'retention');
    expect(visibleText(toHtml({ type: 'root', children: section?.content ?? [] }))).toBe('Applies to: Managing the customer relationship Kept for 2 years.');
  });

  it('for the seed, says in its short names only what its sections say at length', () => {
    const seed = loadOneNotice(seedNotice);
    const { text } = summaryOf(seed, 'fi');
    expect(text).toContain('Miksi tietoja käsitellään ja millä perusteella Markkinointi ja suoramarkkinointi');
    expect(text).toContain('Mitä tietoja Nimi ja yhteystiedot Henkilötunnus tai syntymävuosi Toimiala');
    expect(text).toContain(
      'Kenelle tietoja luovutetaan Alihankkijat ja palveluntarjoajat Toimivaltaiset viranomaiset Pori Energia -konserni Tietoja voidaan siirtää EU:n tai ETA:n ulkopuolelle.',
    );
    expect(text).toContain(
      'Kuinka kauan tietoja säilytetään Säilytetään, kunnes käsittelyn tarkoitus on toteutunut. Säilytetään, kunnes peruutat suostumuksesi tai kiellät suoramarkkinoinnin.',
    );
    // the short names are the summary's alone: the sections keep the original's words
    const body = renderDocument(seed, 'fi')
      .rendered.sections.map((section) => visibleText(toHtml({ type: 'root', children: section.content })))
      .join(' ');
    expect(body).not.toContain('Markkinointi ja suoramarkkinointi');
    expect(body).not.toContain('Analyysit ja tilastot');
  });
});
