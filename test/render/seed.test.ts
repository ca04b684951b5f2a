import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { noticeRecord } from '../../src/export/index.ts';
import { headerNodes, sectionNodes, toHtml } from '../../src/render/index.ts';
import { loadOneNotice, normalise, renderDocument, sentences, visibleText } from '../helpers/render.ts';
import { fromRoot, seedNotice, seedOriginal } from '../helpers/paths.ts';

/** The seed's lines as published, bullets without their `·`, blank lines dropped. */
const originalLines = readFileSync(fromRoot(seedOriginal), 'utf8')
  .split('\n')
  .map((line) => normalise(line.replace(/\u00a0/gu, ' ').replace(/^·\s*/u, '')))
  .filter((line) => line !== '');

/** Section headings of the original: seloste numbers and words its own. */
const isHeading = (line: string) => /^\d+\. /u.test(line);

/** Lines whose template rewords the label (the value must still be there). */
const reworded: Readonly<Record<string, readonly string[]>> = {
  TIETOSUOJASELOSTE: ['Tietosuojaseloste'],
  'puh. 044 701 2176': ['044 701 2176'],
  // the original merges two bullets on one line
  'toimialatiedot Muut yhteydenottamisen tai kohdentamisen kannalta tarpeelliset tiedot': [
    'toimialatiedot',
    'Muut yhteydenottamisen tai kohdentamisen kannalta tarpeelliset tiedot',
  ],
};

/** Lines that are facts (names, addresses, numbers, e-mails, labels), the same in every language. */
const isFact = (line: string) => /@|\d{3}|^Pori Energia( Sähköverkot)? Oy$|koskien:$/u.test(line);

const notice = loadOneNotice(seedNotice);
const fi = renderDocument(notice, 'fi');
const en = renderDocument(notice, 'en');

describe('the seed notice, published faithfully', () => {
  it('renders without warnings in both languages', () => {
    expect(fi.rendered.diagnostics).toEqual([]);
    expect(en.rendered.diagnostics).toEqual([]);
  });

  it('shows every paragraph and bullet of the Finnish original on the Finnish page', () => {
    const page = fi.text.toLowerCase();
    const expected = originalLines.filter((line) => !isHeading(line)).flatMap((line) => reworded[line] ?? [line]);
    expect(expected.length).toBeGreaterThan(50);
    const missing = expected.filter((line) => !page.includes(line.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it('shows none of the Finnish sentences on the English page', () => {
    const prose = originalLines.filter((line) => !isHeading(line) && !isFact(line)).flatMap((line) => reworded[line] ?? [line]);
    const leaked = prose.filter((line) => line.length > 3 && en.text.includes(line));
    expect(leaked).toEqual([]);
  });

  it('shows every fact in both languages', () => {
    const facts = [
      'Pori Energia Oy',
      'Pori Energia Sähköverkot Oy',
      'Radanvarsi 2, 28100 Pori',
      'Radanvarsi 2, Pori',
      '02 621 2050',
      '044 701 2176',
      'viestinta@porienergia.fi',
      'tietosuoja@porienergia.fi',
    ];
    for (const page of [fi.text, en.text]) expect(facts.filter((fact) => !page.includes(fact))).toEqual([]);
    expect(fi.text).toContain('Päivitetty 24.10.2022');
    expect(en.text).toContain('Last updated 24 October 2022');
    expect(fi.html).toContain('href="mailto:tietosuoja@porienergia.fi"');
    expect(en.html).toContain('href="tel:026212050"');
  });

  it('numbers the sections itself, once each, in reading order', () => {
    const headings = fi.rendered.sections.map((section) => `${section.number}. ${section.title}`);
    expect(headings).toEqual([
      '1. Rekisterinpitäjä ja yhteystiedot',
      '2. Käsittelyn tarkoitukset ja oikeusperusteet',
      '3. Käsiteltävät henkilötiedot',
      '4. Tietolähteet',
      '5. Tietojen vastaanottajat',
      '6. Tietojen siirto EU:n tai ETA:n ulkopuolelle',
      '7. Tietojen säilytysaika',
      '8. Tietojen suojaaminen',
      '9. Automaattinen päätöksenteko ja profilointi',
      '10. Oikeutesi',
      '11. Selosteen muutokset',
    ]);
    expect(en.rendered.sections.map((section) => section.key)).toEqual(fi.rendered.sections.map((section) => section.key));
  });

  it('adds no standard text the original does not have: no explanation of a right, no objection block, no complaint section', () => {
    // the original lists the rights without explaining them, and says nothing of complaints
    expect(fi.html).not.toContain('class="objection"');
    expect(en.text).not.toContain('You may object at any time');
    expect(en.text).not.toContain('How to use your rights');
    expect(fi.text).not.toContain('Tietosuojavaltuutetun toimisto');
    expect(fi.rendered.sections.map((section) => section.key)).not.toContain('complaint');
  });

  it('states no fact twice: the notice’s own words stand for the facts it also gives as values', () => {
    for (const [locale, page] of [
      ['fi', fi],
      ['en', en],
    ] as const) {
      const body = sentences(visibleText(toHtml({ type: 'root', children: [...headerNodes(page.rendered), ...sectionNodes(page.rendered)] })));
      const repeated = body.filter((sentence, index) => body.indexOf(sentence) !== index);
      expect(repeated, locale).toEqual([]);
      expect(body.length, locale).toBeGreaterThan(20);
    }
    // the legal basis, the transfers, the security measures and automated decisions are the notice's words alone
    expect(en.text).not.toContain('Legal basis for all purposes');
    expect(en.text).not.toContain('Security measures:');
    expect(en.text).not.toContain('Profiling (GDPR Article 4(4)): no');
    expect(en.text).not.toContain('The data may be transferred outside the EU or the EEA.');
    expect(en.text).not.toContain('Kept until the purpose of the processing has been fulfilled. Personal data');
  });

  it('sums up what the notice states as values: the basis with its hedge, whether data may leave the EU/EEA', () => {
    expect(fi.text).toContain('Oikeusperuste: ensisijaisesti oikeutettu etu');
    expect(en.text).toContain('Legal basis: primarily legitimate interests');
    expect(en.text).toContain(
      'Who receives the data Subcontractors and service providers Competent authorities Pori Energia Group The data may be transferred outside the EU/EEA.',
    );
    expect(en.text).toContain('Kept until the purpose of the processing has been fulfilled.');
  });

  it('has the same purposes on the page as in the record, in the same order', () => {
    const record = noticeRecord(notice);
    for (const [locale, page] of [
      ['fi', fi],
      ['en', en],
    ] as const) {
      const section = page.rendered.sections.find((candidate) => candidate.key === 'purposes');
      const list = section?.content.find((node) => node.type === 'list');
      const onPage = list?.type === 'list' ? list.children.map((item) => normalise(toString(item.children[0]))) : [];
      expect(onPage).toEqual(record.processingActivities.map((activity) => normalise(activity.description?.[locale] ?? '')));
    }
  });

  it('keeps every section when its Markdown is read back', () => {
    for (const [locale, page] of [
      ['fi', fi],
      ['en', en],
    ] as const) {
      const tree = fromMarkdown(page.markdown);
      const headings = tree.children
        .filter((node) => node.type === 'heading' && node.depth === 2)
        .map((node) => normalise(toString({ ...node, children: 'children' in node ? node.children.filter((child) => child.type !== 'html') : [] })));
      const labels = locale === 'fi' ? ['Lyhyesti', 'Sisällys'] : ['At a glance', 'Contents'];
      expect(headings).toEqual([...labels, ...page.rendered.sections.map((section) => `${section.number}. ${section.title}`)]);
      // every link of the contents and the summary leads to a heading's anchor
      const anchors = [...page.markdown.matchAll(/^#+ .*<a id="([a-z-]+)"><\/a>$/gmu)].map((match) => match[1]);
      const targets = [...new Set([...page.markdown.matchAll(/\]\(#([a-z-]+)\)/gu)].map((match) => match[1]))];
      expect(targets.length, locale).toBeGreaterThan(page.rendered.sections.length - 1);
      expect(
        targets.filter((target) => !anchors.includes(target)),
        locale,
      ).toEqual([]);
      // and the text survives: the last paragraph of the page is the last paragraph of the Markdown
      expect(page.text).toContain(normalise(toString(tree.children.at(-1) ?? tree)));
    }
  });
});
