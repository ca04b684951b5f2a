import { describe, expect, it } from 'vitest';
import { noticeRecord, type NoticeRecord } from '../../src/export/index.ts';
import type { Notice } from '../../src/model/index.ts';
import { defaultTranslator } from '../../src/node/index.ts';
import { summaryNodes, toHtml } from '../../src/render/index.ts';
import { validNotice } from '../helpers/in-memory.ts';
import { renderDocument, visibleText } from '../helpers/render.ts';

/** A notice that states nothing but what identifies it, and its title. */
const skeleton = `id: testi
organisation: esimerkki
languages: [fi, en]
title:
  fi: Testiseloste
  en: Test notice
`;

const purpose = `purposes:
  items:
    - id: asiakassuhde
      description:
        fi: Asiakassuhteen hoitaminen
        en: Managing the customer relationship
`;

const locales = ['fi', 'en'] as const;
type Expected = Readonly<Record<(typeof locales)[number], readonly string[]>>;

/** One state of one section: the YAML that states it, what its section says, and what the summary says. */
interface Case {
  readonly yaml: string;
  readonly page: Expected;
  readonly summary?: Expected;
}

/** Each section in each of its states: given, none (where the section has one), and not stated (with a note that is never published). */
/** Where the record of processing states a section: its Art. 30 item, with `status` given, none or not-stated. */
type RecordItem = (record: NoticeRecord) => { readonly status: string } | undefined;

const sections: Readonly<
  Record<
    string,
    { readonly summaryTerm?: Expected; readonly record?: RecordItem; readonly given: Case; readonly none?: readonly Case[]; readonly notStated: string }
  >
> = {
  controller: {
    record: (record) => record.controllers,
    summaryTerm: { fi: ['Kuka vastaa tiedoista'], en: ['Who is responsible'] },
    given: {
      yaml: 'controllers:\n  entities: [esimerkki-oy]\n',
      page: { fi: ['Rekisterinpitäjä Esimerkki Oy (Y-tunnus 1234567-1)'], en: ['Controller Esimerkki Oy (Business ID 1234567-1)'] },
      summary: { fi: ['Kuka vastaa tiedoista Esimerkki Oy'], en: ['Who is responsible Esimerkki Oy'] },
    },
    notStated: 'controllers:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  purposes: {
    record: (record) => record.purposes,
    summaryTerm: { fi: ['Miksi tietoja käsitellään'], en: ['Why, and on what legal basis'] },
    given: {
      yaml: purpose,
      page: { fi: ['Asiakassuhteen hoitaminen'], en: ['Managing the customer relationship'] },
      summary: {
        fi: ['Miksi tietoja käsitellään ja millä perusteella Asiakassuhteen hoitaminen'],
        en: ['Why, and on what legal basis Managing the customer relationship'],
      },
    },
    notStated: 'purposes:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  data: {
    record: (record) => record.processingActivities[0]?.dataCategories,
    summaryTerm: { fi: ['Mitä tietoja'], en: ['What data'] },
    given: {
      yaml: 'dataCategories:\n  items:\n    - id: nimi\n      label: { fi: nimi, en: name }\n',
      page: { fi: ['Henkilötietoryhmät nimi'], en: ['Categories of personal data name'] },
      summary: { fi: ['Mitä tietoja Nimi'], en: ['What data Name'] },
    },
    notStated: 'dataCategories:\n  notStated:\n    note: Kysytään lakimieheltä\ndataSubjects:\n  notStated: {}\n',
  },
  sources: {
    record: (record) => record.processingActivities[0]?.sources,
    given: {
      yaml: 'sources:\n  items:\n    - id: itse\n      kind: data-subject\n      label: { fi: rekisteröity itse, en: the data subject }\n',
      page: { fi: ['rekisteröity itse'], en: ['the data subject'] },
    },
    notStated: 'sources:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  recipients: {
    record: (record) => record.processingActivities[0]?.recipients,
    summaryTerm: { fi: ['Kenelle tietoja luovutetaan'], en: ['Who receives the data'] },
    given: {
      yaml: 'recipients:\n  items:\n    - id: posti\n      role: processor\n      label: { fi: Postituspalvelu, en: Mailing service }\n',
      page: { fi: ['Postituspalvelu'], en: ['Mailing service'] },
      summary: { fi: ['Kenelle tietoja luovutetaan Postituspalvelu'], en: ['Who receives the data Mailing service'] },
    },
    none: [
      {
        yaml: 'recipients:\n  none: true\n',
        page: { fi: ['Tietoja ei luovuteta kenellekään.'], en: ['The data are not disclosed to anyone.'] },
        summary: { fi: ['Kenelle tietoja luovutetaan Tietoja ei luovuteta kenellekään.'], en: ['Who receives the data The data are not disclosed to anyone.'] },
      },
      {
        yaml: 'recipients:\n  none: true\n  description: { fi: Emme luovuta tietoja., en: We disclose no data. }\n',
        page: { fi: ['Emme luovuta tietoja.'], en: ['We disclose no data.'] },
        summary: { fi: ['Kenelle tietoja luovutetaan Tietoja ei luovuteta kenellekään.'], en: ['Who receives the data The data are not disclosed to anyone.'] },
      },
    ],
    notStated: 'recipients:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  transfers: {
    record: (record) => record.processingActivities[0]?.transfers,
    summaryTerm: { fi: ['Siirrot EU:n tai ETA:n ulkopuolelle'], en: ['Transfers outside the EU/EEA'] },
    given: {
      yaml: 'transfers:\n  outsideEea: yes\n  destinations:\n    - countries: [US]\n      mechanism: adequacy-decision\n',
      page: {
        fi: ['Tietoja siirretään EU:n tai ETA:n ulkopuolelle seuraavasti. Maat: Yhdysvallat'],
        en: ['The data are transferred outside the EU or the EEA as follows. Countries: United States'],
      },
      summary: {
        fi: ['Siirrot EU:n tai ETA:n ulkopuolelle Tietoja siirretään EU:n tai ETA:n ulkopuolelle.'],
        en: ['Transfers outside the EU/EEA The data are transferred outside the EU/EEA.'],
      },
    },
    none: [
      {
        yaml: 'transfers:\n  outsideEea: none\n',
        page: { fi: ['Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.'], en: ['The data are not transferred outside the EU or the EEA.'] },
        summary: {
          fi: ['Siirrot EU:n tai ETA:n ulkopuolelle Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.'],
          en: ['Transfers outside the EU/EEA The data are not transferred outside the EU/EEA.'],
        },
      },
    ],
    notStated: 'transfers:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  retention: {
    record: (record) => record.processingActivities[0]?.retention,
    summaryTerm: { fi: ['Kuinka kauan tietoja säilytetään'], en: ['How long the data are kept'] },
    given: {
      yaml: 'retention:\n  rules:\n    - period: P2Y\n',
      page: { fi: ['Säilytysaika on 2 vuotta.'], en: ['Kept for 2 years.'] },
      summary: { fi: ['Kuinka kauan tietoja säilytetään Säilytysaika on 2 vuotta.'], en: ['How long the data are kept Kept for 2 years.'] },
    },
    notStated: 'retention:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  security: {
    record: (record) => record.securityMeasures,
    given: {
      yaml: 'security:\n  measures: [firewalls, backups]\n',
      page: { fi: ['Suojaustoimenpiteet: palomuurit ja varmuuskopiointi'], en: ['Security measures: firewalls and backups'] },
    },
    notStated: 'security:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  automated: {
    record: (record) => record.automatedDecisionMaking,
    given: {
      yaml: 'automatedDecisionMaking:\n  profiling: false\n',
      page: { fi: ['Profilointi (tietosuoja-asetuksen 4 artiklan 4 alakohta): ei'], en: ['Profiling (GDPR Article 4(4)): no'] },
    },
    notStated: 'automatedDecisionMaking:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  rights: {
    record: (record) => record.rights,
    summaryTerm: { fi: ['Oikeutesi'], en: ['Your rights'] },
    given: {
      yaml: 'rights:\n  items:\n    - covers: [access]\n',
      page: { fi: ['Oikeus saada pääsy tietoihin'], en: ['Right of access'] },
      summary: { fi: ['Oikeutesi Oikeus saada pääsy tietoihin'], en: ['Your rights Right of access'] },
    },
    notStated: 'rights:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  complaint: {
    record: (record) => record.complaint,
    given: {
      yaml: 'complaint:\n  authority: fi\n',
      page: {
        fi: ['Suomessa valvontaviranomainen on: Tietosuojavaltuutetun toimisto'],
        en: ['In Finland the supervisory authority is: Office of the Data Protection Ombudsman'],
      },
    },
    notStated: 'complaint:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
  changes: {
    given: {
      yaml: 'changes:\n  description: { fi: Muutoksista kerrotaan sivulla., en: Changes are announced on the page. }\n',
      page: { fi: ['Muutoksista kerrotaan sivulla.'], en: ['Changes are announced on the page.'] },
    },
    notStated: 'changes:\n  notStated:\n    note: Kysytään lakimieheltä\n',
  },
};

function page(notice: Notice, locale: string) {
  const document = renderDocument(notice, locale);
  const summary = visibleText(toHtml({ type: 'root', children: summaryNodes(document.rendered) }));
  return { ...document, summary };
}

function sectionText(notice: Notice, locale: string, key: string): string {
  const rendered = renderDocument(notice, locale).rendered;
  const found = rendered.sections.find((section) => section.key === key);
  if (found === undefined) throw new Error(`no section ${key} in ${locale}`);
  return visibleText(toHtml({ type: 'root', children: found.content }));
}

const headingOf = (locale: string, key: string) => defaultTranslator().forLocale(locale).t(`section.${key}`);

describe.each(Object.entries(sections))('the %s section', (key, states) => {
  it.each(locales)('given, says what the notice states, on the page and in the summary (%s)', (locale) => {
    const notice = validNotice(`${skeleton}${states.given.yaml}`);
    const text = sectionText(notice, locale, key);
    for (const expected of states.given.page[locale]) expect(text).toContain(expected);
    const { summary } = page(notice, locale);
    for (const expected of states.given.summary?.[locale] ?? []) expect(summary).toContain(expected);
    if (states.record !== undefined) expect(states.record(noticeRecord(notice))?.status).toBe('given');
  });

  if (states.none !== undefined) {
    it.each(locales)('none, says so in the notice’s words, else in one sentence (%s)', (locale) => {
      for (const state of states.none ?? []) {
        const notice = validNotice(`${skeleton}${state.yaml}`);
        expect(sectionText(notice, locale, key)).toBe(state.page[locale].join(' '));
        const { summary } = page(notice, locale);
        for (const expected of state.summary?.[locale] ?? []) expect(summary).toContain(expected);
        if (states.record !== undefined) expect(states.record(noticeRecord(notice))?.status).toBe('none');
      }
    });
  }

  it.each(locales)('not stated, shows nothing: no heading, no contents entry, no summary line, never the note (%s)', (locale) => {
    const notice = validNotice(`${skeleton}${states.notStated}`);
    const shown = page(notice, locale);
    expect(shown.rendered.sections.map((section) => section.key)).not.toContain(key);
    expect(shown.text).not.toContain(headingOf(locale, key));
    expect(shown.html).not.toContain(`href="#${key}"`);
    for (const term of states.summaryTerm?.[locale] ?? []) expect(shown.summary).not.toContain(term);
    expect(shown.text).not.toContain('Kysytään lakimieheltä');
    if (states.record !== undefined) {
      const record = noticeRecord(notice);
      expect(states.record(record)?.status).toBe('not-stated');
      expect(JSON.stringify(record)).not.toContain('Kysytään lakimieheltä');
    }
  });
});

describe('a legal basis', () => {
  it('not stated, leaves the purpose in the summary without one, and says nothing of it', () => {
    const notice = validNotice(`${skeleton}${purpose}legalBasis:\n  notStated:\n    note: Kysytään lakimieheltä\n`);
    for (const locale of locales) {
      const { summary, text } = page(notice, locale);
      expect(summary).toMatch(/(Asiakassuhteen hoitaminen|Managing the customer relationship)$/u);
      expect(text).not.toMatch(/Oikeusperuste|Legal basis:/u);
    }
  });

  it('given as a value, shows it in the body and in the summary, hedge included', () => {
    const notice = validNotice(`${skeleton}${purpose}legalBasis:\n  basis: legitimate-interests\n  hedge: as-a-rule\n`);
    expect(page(notice, 'fi').text).toContain('Oikeusperuste kaikille tarkoituksille: lähtökohtaisesti oikeutettu etu');
    expect(page(notice, 'fi').summary).toContain('Oikeusperuste: lähtökohtaisesti oikeutettu etu');
    expect(page(notice, 'en').summary).toContain('Legal basis: as a rule legitimate interests');
  });

  it('given in words, shows the words in the body and the value only in the summary', () => {
    const notice = validNotice(
      `${skeleton}${purpose}legalBasis:\n  basis: consent\n  description: { fi: Käsittely perustuu suostumukseesi., en: Processing is based on your consent. }\n`,
    );
    const en = page(notice, 'en');
    expect(sectionText(notice, 'en', 'purposes')).toBe('Managing the customer relationship Processing is based on your consent.');
    expect(en.summary).toContain('Legal basis: consent');
    expect(en.summary).not.toContain('Article');
  });

  it('several, says how they relate: one of them, or one and/or the other', () => {
    const alternatives = validNotice(`${skeleton}${purpose}legalBasis:\n  relation: alternatives\n  bases:\n    - basis: consent\n    - basis: contract\n`);
    expect(sectionText(alternatives, 'en', 'purposes')).toContain(
      'Legal basis for all purposes: one of the following consent (GDPR Article 6(1)(a)) contract (GDPR Article 6(1)(b))',
    );
    expect(page(alternatives, 'en').summary).toContain('Legal basis: consent or contract');
    const andOr = validNotice(`${skeleton}${purpose}legalBasis:\n  bases:\n    - basis: consent\n    - basis: contract\n      hedge: and-or\n`);
    expect(page(andOr, 'fi').summary).toContain('Oikeusperuste: suostumus ja/tai sopimus');
  });

  it('names what each basis covers', () => {
    const notice = validNotice(
      `${skeleton}${purpose}dataCategories:\n  items:\n    - id: kuvat\n      label: { fi: valokuvat, en: photographs }\nlegalBasis:\n  bases:\n    - basis: consent\n      scope:\n        dataCategories: [kuvat]\n        operations: { fi: julkaiseminen, en: publication }\n`,
    );
    expect(page(notice, 'en').summary).toContain('Legal basis: consent, for photographs and publication');
    expect(page(notice, 'fi').summary).toContain('Oikeusperuste: suostumus, koskee: valokuvat ja julkaiseminen');
  });
});

describe('a notice that states only what identifies it, its title and one purpose', () => {
  const notice = validNotice(
    `${skeleton}${purpose}`,
    'id: esimerkki\nname:\n  fi: Esimerkki Oy\n  en: Esimerkki Oy\nentities:\n  - id: esimerkki-oy\n    name: Esimerkki Oy\n',
  );

  it.each(locales)('shows its own words and the headings, and nothing else (%s)', (locale) => {
    const { text, rendered } = page(notice, locale);
    const t = defaultTranslator().forLocale(locale).t;
    const headings = [t('document.kind'), t('document.summary'), t('summary.purposes'), t('document.contents'), `1. ${t('section.purposes')}`];
    const words = locale === 'fi' ? ['Testiseloste', 'Asiakassuhteen hoitaminen'] : ['Test notice', 'Managing the customer relationship'];
    let rest = text;
    for (const part of [...headings, ...words]) rest = rest.replaceAll(part, '');
    expect(rest.trim()).toBe('');
    expect(rendered.sections.map((section) => section.key)).toEqual(['purposes']);
    expect(rendered.lastUpdated).toBeUndefined();
  });
});
