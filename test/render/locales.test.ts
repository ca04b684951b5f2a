import { describe, expect, it } from 'vitest';
import { loadOneNotice, renderDocument } from '../helpers/render.ts';

describe('a notice in a further language', () => {
  const notice = loadOneNotice('test/fixtures/swedish/nyhetsbrev.yaml');

  it('renders in Swedish from the standard texts alone', () => {
    const sv = renderDocument(notice, 'sv');
    expect(sv.rendered.diagnostics).toEqual([]);
    expect(sv.rendered.sections.map((section) => section.title)).toEqual([
      'Personuppgiftsansvarig och kontaktuppgifter',
      'Ändamål och rättslig grund för behandlingen',
      'Vilka personuppgifter som behandlas',
      'Hur länge uppgifterna sparas',
    ]);
    expect(sv.text).toContain('Uppdaterad 1 mars 2025');
    expect(sv.text).toContain('samtycke (artikel 6.1 a i dataskyddsförordningen)');
    expect(sv.text).toContain('Sparas tills du återkallar ditt samtycke.');
    expect(sv.text).toContain('Den personuppgiftsansvarige har inte utsett något dataskyddsombud.');
  });

  it('renders the same facts in every language it offers', () => {
    for (const locale of ['sv', 'fi', 'en']) {
      const page = renderDocument(notice, locale);
      expect(page.text, locale).toContain('dataskydd@kustbolaget.fi');
      expect(page.text, locale).toContain('Strandgatan 1, 65100 Vasa');
      expect(page.text, locale).toContain('7654321-2');
    }
  });

  it('lists no rights and no supervisory authority where the notice states none, whatever the law implies', () => {
    const en = renderDocument(notice, 'en');
    expect(en.rendered.sections.map((section) => section.key)).not.toContain('rights');
    expect(en.rendered.sections.map((section) => section.key)).not.toContain('complaint');
    expect(en.text).not.toContain('Right to withdraw consent');
    expect(en.text).not.toContain('Office of the Data Protection Ombudsman');
  });
});

describe('a text missing in the requested language', () => {
  const notice = loadOneNotice('test/fixtures/untranslated/rekisteri.yaml');
  const en = renderDocument(notice, 'en');

  it('is shown in the notice’s first language, marked with lang and a visible note', () => {
    expect(en.html).toContain('<div lang="fi"><p>Asiakassuhteen hoitaminen</p></div>');
    expect(en.html).toContain('<span lang="fi">Asiakassuhteen hoitaminen</span>');
    expect(en.text).toContain('This text is not available in English; it is shown in Finnish.');
  });

  it('yields one warning at the text that lacks the translation', () => {
    expect(en.rendered.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ruleId: 'missing-translation',
        file: 'test/fixtures/untranslated/rekisteri.yaml',
        start: { line: 15, column: 7 },
      }),
    ]);
  });

  it('is not marked in the language it exists in', () => {
    const fi = renderDocument(notice, 'fi');
    expect(fi.rendered.diagnostics).toEqual([]);
    expect(fi.html).not.toContain('lang=');
  });
});
