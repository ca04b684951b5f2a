import { describe, expect, it } from 'vitest';
import { noticePointer, type LawReference } from '../../src/model/index.ts';
import { defaultTranslator } from '../../src/node/index.ts';
import { RenderContext } from '../../src/render/context.ts';
import { lawCitation, lawCitations } from '../../src/render/law.ts';
import { minimal, validNotice } from '../helpers/in-memory.ts';
import { renderDocument, visibleText } from '../helpers/render.ts';
import { toHtml } from '../../src/render/index.ts';

const notice = validNotice(minimal.notice);

/** A law reference as a reader of the page sees it. */
function cite(reference: LawReference | readonly LawReference[], locale: string): string {
  const context = new RenderContext(notice, defaultTranslator().forLocale(locale));
  const law = noticePointer('legalBasis', 'law');
  const phrasing = Array.isArray(reference)
    ? lawCitations(reference, law, context)
    : lawCitation(reference as LawReference, noticePointer('legalBasis', 'law', 0), context);
  return visibleText(toHtml({ type: 'root', children: [{ type: 'paragraph', children: phrasing }] }));
}

describe('a law reference', () => {
  it('names a Finnish act seloste knows in the page’s language, with its section', () => {
    const act = { number: '1050/2018', section: '4' };
    expect(cite(act, 'fi')).toBe('tietosuojalaki (1050/2018) 4 §');
    expect(cite(act, 'en')).toBe('Data Protection Act (1050/2018), section 4');
    expect(cite(act, 'sv')).toBe('dataskyddslagen (1050/2018) 4 §');
  });

  it('reads a chapter, a section with its sign and a subsection as written', () => {
    expect(cite({ number: '1336/1997', section: '2 luku 10 §' }, 'en')).toBe('Accounting Act (1336/1997), chapter 2, section 10');
    expect(cite({ number: '1336/1997', section: '2 luku 10 §' }, 'fi')).toBe('kirjanpitolaki (1336/1997) 2 luku 10 §');
    expect(cite({ number: '1050/2018', section: '29 §', subsection: '1' }, 'fi')).toBe('tietosuojalaki (1050/2018) 29 § 1 mom.');
    expect(cite({ number: '1050/2018', section: '29 §', subsection: '1' }, 'en')).toBe('Data Protection Act (1050/2018), section 29, subsection 1');
  });

  it('names an EU regulation with its article in the words of each language', () => {
    const gdpr = { number: '2016/679', article: '6(1)(e)' };
    expect(cite(gdpr, 'en')).toBe('General Data Protection Regulation (EU) 2016/679, Article 6(1)(e)');
    expect(cite(gdpr, 'fi')).toBe('yleinen tietosuoja-asetus (EU) 2016/679, 6 artiklan 1 kohdan e alakohta');
    expect(cite({ number: '(EU) 2016/679', article: '9' }, 'sv')).toBe('allmänna dataskyddsförordningen (EU) 2016/679, artikel 9');
  });

  it('names a government bill as a bill, never as law', () => {
    expect(cite({ number: 'HE 9/2018 vp' }, 'fi')).toBe('hallituksen esitys HE 9/2018 vp');
    expect(cite({ number: 'HE 9/2018 vp' }, 'en')).toBe('Government proposal HE 9/2018 vp');
  });

  it('keeps the name the notice gives an act seloste does not know, and a reference in the notice’s own words as it is', () => {
    expect(
      cite(
        {
          number: '1552/2016',
          name: { fi: 'laki kansallisista opintohallintorekistereistä', en: 'Act on National Registers of Education Records' },
          section: '5',
        },
        'en',
      ),
    ).toBe('Act on National Registers of Education Records (1552/2016), section 5');
    expect(cite({ text: { fi: 'Kirjanpitolaki 2 luku 10 §.', en: 'Accounting Act, chapter 2, section 10.' } }, 'en')).toBe(
      'Accounting Act, chapter 2, section 10',
    );
  });

  it('lists several references the way the language lists things', () => {
    expect(cite([{ number: '621/1999' }, { number: '906/2019' }], 'fi')).toBe(
      'laki viranomaisten toiminnan julkisuudesta (621/1999) ja laki julkisen hallinnon tiedonhallinnasta (906/2019)',
    );
  });
});

describe('a legal basis that names only a law', () => {
  it('shows the law, never an Art. 6 point the notice does not name', () => {
    const loaded = validNotice(
      minimal.notice.replace(
        '      legalBasis:\n        basis: contract\n',
        '      legalBasis:\n        law:\n          number: 1050/2018\n          section: "4"\n',
      ),
    );
    const fi = renderDocument(loaded, 'fi').text;
    const en = renderDocument(loaded, 'en').text;
    expect(fi).toContain('Oikeusperuste: tietosuojalaki (1050/2018) 4 §');
    expect(en).toContain('Legal basis: Data Protection Act (1050/2018), section 4');
    expect(en).toContain('Managing the customer relationship — Data Protection Act (1050/2018), section 4');
    expect(en).not.toMatch(/Article 6\(1\)/u);
  });
});
