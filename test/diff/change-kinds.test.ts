import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, describeChange, type ChangeKind, type Significance } from '../../src/diff/index.ts';
import type { Purpose, RetentionRule } from '../../src/model/generated/schema-types.ts';
import type { NoticeDocument } from '../../src/model/index.ts';
import { diffOf, textsIn, type Edit } from './helpers.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The exemplary notice's lists, to edit. */
const purposes = (notice: NoticeDocument) => (notice.purposes?.items ?? []) as Purpose[];
const newsletter = (notice: NoticeDocument) => purposes(notice)[0] as Purpose;
const statistics = (notice: NoticeDocument) => purposes(notice)[1] as Purpose;
const rules = (notice: NoticeDocument) => (notice.retention?.rules ?? []) as RetentionRule[];

const coffeeCourses = {
  id: 'kurssit',
  description: { fi: 'Kahvikurssien ilmoittautumiset', en: 'Registrations for coffee courses' },
  legalBasis: { basis: 'contract' as const },
};
const newsletterEn = 'Sending the newsletter by e-mail to those who subscribed to it';
/** A purpose without a name is labelled by its description, cut at a word's end after 80 characters. */
const statisticsEn = 'Improving the newsletter with aggregate statistics of subscriber numbers and…';
const statisticsFi = 'Uutiskirjeen kehittäminen tilaajamäärien ja avausprosenttien koostetilastojen…';

interface Case {
  readonly kind: ChangeKind;
  readonly significance: Significance;
  readonly edit: Edit;
  readonly before?: Edit;
  readonly en: string;
  readonly fi: string;
  /** How many changes of the kind, where not one: a text's change is one per language. */
  readonly count?: number;
}

/** One case of every kind but the languages' (below): an edit of the exemplary notice, and what the diff must say of it in English and Finnish. */
const cases: readonly (Case & { readonly name: string })[] = [
  {
    name: 'a purpose added',
    kind: 'purpose-added',
    significance: 'material',
    edit: (n) => void purposes(n).push(coffeeCourses),
    en: 'New purpose: Registrations for coffee courses',
    fi: 'Uusi käsittelyn tarkoitus: Kahvikurssien ilmoittautumiset',
  },
  {
    name: 'a purpose removed',
    kind: 'purpose-removed',
    significance: 'minor',
    edit: (n) => void purposes(n).pop(),
    en: `Purpose removed: ${statisticsEn}`,
    fi: `Käsittelyn tarkoitus poistettu: ${statisticsFi}`,
  },
  {
    name: 'a purpose using one more category',
    kind: 'purpose-scope-widened',
    significance: 'material',
    before: (n) => void (newsletter(n).dataCategories = ['sahkoposti']),
    edit: (n) => void (newsletter(n).dataCategories = ['sahkoposti', 'nimi']),
    en: `Purpose “${newsletterEn}” now also covers: first name, if the subscriber gives it`,
    fi: 'Tarkoitukseen ”Uutiskirjeen lähettäminen sähköpostilla sen tilanneille” liittyy nyt myös: etunimi, jos tilaaja antaa sen',
  },
  {
    name: 'a purpose using one category fewer',
    kind: 'purpose-scope-narrowed',
    significance: 'minor',
    before: (n) => void (newsletter(n).dataCategories = ['sahkoposti', 'nimi']),
    edit: (n) => void (newsletter(n).dataCategories = ['sahkoposti']),
    en: `Purpose “${newsletterEn}” no longer covers: first name, if the subscriber gives it`,
    fi: 'Tarkoitukseen ”Uutiskirjeen lähettäminen sähköpostilla sen tilanneille” ei enää liity: etunimi, jos tilaaja antaa sen',
  },
  {
    name: 'a new legal basis',
    kind: 'legal-basis-changed',
    significance: 'material',
    edit: (n) => void (statistics(n).legalBasis = { basis: 'consent', howToWithdraw: { fi: 'Peru tilaus.', en: 'Unsubscribe.' } }),
    en: `Legal basis of “${statisticsEn}” changed from legitimate interests (GDPR Article 6(1)(f)) to consent (GDPR Article 6(1)(a))`,
    fi: `Tarkoituksen ”${statisticsFi}” oikeusperuste muuttui: ennen oikeutettu etu (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta), nyt suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)`,
  },
  {
    name: 'a legal basis hedged',
    kind: 'legal-basis-changed',
    significance: 'minor',
    edit: (n) => void ((statistics(n).legalBasis as Mutable<NonNullable<NoticeDocument['legalBasis']>>).hedge = 'primarily'),
    en: `Legal basis of “${statisticsEn}” changed from legitimate interests (GDPR Article 6(1)(f)) to primarily legitimate interests (GDPR Article 6(1)(f))`,
    fi: `Tarkoituksen ”${statisticsFi}” oikeusperuste muuttui: ennen oikeutettu etu (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta), nyt ensisijaisesti oikeutettu etu (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta)`,
  },
  {
    name: 'a law cited',
    kind: 'legal-basis-changed',
    significance: 'material',
    edit: (n) =>
      void (newsletter(n).legalBasis = {
        basis: 'consent',
        law: [
          { number: '917/2014', section: '200' },
          { number: '1050/2018', section: '4' },
        ],
      }),
    en: `Legal basis of “${newsletterEn}” changed from consent (GDPR Article 6(1)(a)) under 917/2014 200 § to consent (GDPR Article 6(1)(a)) under 917/2014 200 § and 1050/2018 4 §`,
    fi: 'Tarkoituksen ”Uutiskirjeen lähettäminen sähköpostilla sen tilanneille” oikeusperuste muuttui: ennen suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta), säädösperuste 917/2014 200 §, nyt suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta), säädösperuste 917/2014 200 § ja 1050/2018 4 §',
  },
  {
    name: 'the basis stated for all purposes, once for all of them',
    kind: 'legal-basis-changed',
    significance: 'material',
    before: (n) => {
      for (const purpose of purposes(n)) delete purpose.legalBasis;
      n.legalBasis = { basis: 'legitimate-interests', legitimateInterest: { fi: 'Uutiskirjeen kehittäminen.', en: 'Improving the newsletter.' } };
    },
    edit: (n) => {
      for (const purpose of purposes(n)) delete purpose.legalBasis;
      n.legalBasis = { basis: 'consent', howToWithdraw: { fi: 'Peru tilaus.', en: 'Unsubscribe.' } };
    },
    en: 'Legal basis changed from legitimate interests (GDPR Article 6(1)(f)) to consent (GDPR Article 6(1)(a))',
    fi: 'Oikeusperuste muuttui: ennen oikeutettu etu (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta), nyt suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)',
  },
  {
    name: 'a group of data subjects added',
    kind: 'data-subject-group-added',
    significance: 'material',
    edit: (n) => void n.dataSubjects?.groups?.push({ id: 'kurssilaiset', label: { fi: 'kahvikurssien osallistujat', en: 'coffee course participants' } }),
    en: 'New group of data subjects: coffee course participants',
    fi: 'Uusi rekisteröityjen ryhmä: kahvikurssien osallistujat',
  },
  {
    name: 'a group of data subjects removed',
    kind: 'data-subject-group-removed',
    significance: 'minor',
    before: (n) => void n.dataSubjects?.groups?.push({ id: 'kurssilaiset', label: { fi: 'kahvikurssien osallistujat', en: 'coffee course participants' } }),
    edit: () => {},
    en: 'Group of data subjects removed: coffee course participants',
    fi: 'Rekisteröityjen ryhmä poistettu: kahvikurssien osallistujat',
  },
  {
    name: 'a data category added',
    kind: 'data-category-added',
    significance: 'material',
    edit: (n) => void n.dataCategories?.items?.push({ id: 'sijainti', kinds: ['location'], label: { fi: 'sijainti', en: 'location' } }),
    en: 'New category of personal data: location',
    fi: 'Uusi henkilötietoryhmä: sijainti',
  },
  {
    name: 'a data category removed',
    kind: 'data-category-removed',
    significance: 'minor',
    edit: (n) => void n.dataCategories?.items?.pop(),
    en: 'Category of personal data removed: when the subscription and consent were given, and the topics chosen',
    fi: 'Henkilötietoryhmä poistettu: tilauksen ja suostumuksen ajankohta sekä valitut aiheet',
  },
  {
    name: 'a data category with a new kind of data',
    kind: 'data-category-changed',
    significance: 'material',
    edit: (n) => void (n.dataCategories?.items?.[0] as { kinds?: string[] }).kinds?.push('location'),
    en: 'Kinds of data in “e-mail address” changed',
    fi: 'Henkilötietoryhmän ”sähköpostiosoite” tietojen laji muuttui',
  },
  {
    name: 'a source added',
    kind: 'source-added',
    significance: 'material',
    edit: (n) => void n.sources?.items?.push({ id: 'kumppanit', kind: 'partners', label: { fi: 'yhteistyökumppanit', en: 'partners' } }),
    en: 'New source of data: partners',
    fi: 'Uusi tietolähde: yhteistyökumppanit',
  },
  {
    name: 'a source removed',
    kind: 'source-removed',
    significance: 'minor',
    before: (n) => void n.sources?.items?.push({ id: 'kumppanit', kind: 'partners', label: { fi: 'yhteistyökumppanit', en: 'partners' } }),
    edit: () => {},
    en: 'Source of data removed: partners',
    fi: 'Tietolähde poistettu: yhteistyökumppanit',
  },
  {
    name: 'a recipient added',
    kind: 'recipient-added',
    significance: 'material',
    edit: (n) => void n.recipients?.items?.push({ id: 'analytiikka', role: 'processor', label: { fi: 'Analytiikkapalvelu', en: 'Analytics service' } }),
    en: 'New recipient: Analytics service',
    fi: 'Uusi vastaanottaja: Analytiikkapalvelu',
  },
  {
    name: 'a recipient removed',
    kind: 'recipient-removed',
    significance: 'minor',
    before: (n) => void n.recipients?.items?.push({ id: 'analytiikka', role: 'processor', label: { fi: 'Analytiikkapalvelu', en: 'Analytics service' } }),
    edit: () => {},
    en: 'Recipient removed: Analytics service',
    fi: 'Vastaanottaja poistettu: Analytiikkapalvelu',
  },
  {
    name: 'a recipient in another role',
    kind: 'recipient-changed',
    significance: 'material',
    edit: (n) => void ((n.recipients?.items?.[0] as { role: string }).role = 'controller'),
    en: 'Role of recipient “Newsletter mailing service” changed from processor acting on the controller’s behalf to controller in its own right',
    fi: 'Vastaanottajan ”Uutiskirjeen postituspalvelu” rooli muuttui: ennen henkilötietojen käsittelijä rekisterinpitäjän lukuun, nyt itsenäinen rekisterinpitäjä',
  },
  {
    name: 'a transfer to a new country',
    kind: 'transfer-added',
    significance: 'material',
    edit: (n) => void (n.transfers = { outsideEea: 'yes', destinations: [{ countries: ['US'], mechanism: 'standard-contractual-clauses' }] }),
    en: 'New transfer outside the EU/EEA: United States; safeguard: standard contractual clauses adopted by the European Commission (GDPR Article 46(2)(c))',
    fi: 'Uusi siirto EU:n tai ETA:n ulkopuolelle: Yhdysvallat; suojatoimi: Euroopan komission hyväksymät vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta)',
  },
  {
    name: 'transfers now possible',
    kind: 'transfer-added',
    significance: 'material',
    edit: (n) => void (n.transfers = { outsideEea: 'possible' }),
    en: 'Data may now be transferred outside the EU/EEA',
    fi: 'Tietoja voidaan nyt siirtää EU:n tai ETA:n ulkopuolelle',
  },
  {
    name: 'a transfer on another safeguard',
    kind: 'transfer-changed',
    significance: 'material',
    before: (n) => void (n.transfers = { outsideEea: 'yes', destinations: [{ countries: ['US'], mechanism: 'adequacy-decision' }] }),
    edit: (n) => void (n.transfers = { outsideEea: 'yes', destinations: [{ countries: ['US'], mechanism: 'standard-contractual-clauses' }] }),
    en: 'Safeguard for transfers to United States changed from an adequacy decision of the European Commission (GDPR Article 45) to standard contractual clauses adopted by the European Commission (GDPR Article 46(2)(c))',
    fi: 'Siirron suojatoimi muuttui (Yhdysvallat): ennen Euroopan komission tietosuojan riittävyyttä koskeva päätös (tietosuoja-asetuksen 45 artikla), nyt Euroopan komission hyväksymät vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta)',
  },
  {
    name: 'a transfer ended',
    kind: 'transfer-removed',
    significance: 'minor',
    before: (n) => void (n.transfers = { outsideEea: 'yes', destinations: [{ countries: ['US'], mechanism: 'adequacy-decision' }] }),
    edit: () => {},
    en: 'Transfer outside the EU/EEA removed: United States',
    fi: 'Siirto EU:n tai ETA:n ulkopuolelle poistettu: Yhdysvallat',
  },
  {
    name: 'a longer retention',
    kind: 'retention-lengthened',
    significance: 'material',
    edit: (n) => void ((rules(n)[1] as { period?: string }).period = 'P3Y'),
    en: 'Retention lengthened from 2 years to 3 years',
    fi: 'Säilytysaika piteni: ennen 2 vuotta, nyt 3 vuotta',
  },
  {
    name: 'a shorter retention',
    kind: 'retention-shortened',
    significance: 'minor',
    edit: (n) => void ((rules(n)[0] as { period?: string }).period = 'P14D'),
    en: 'Retention shortened from 30 days to 14 days',
    fi: 'Säilytysaika lyheni: ennen 30 päivää, nyt 14 päivää',
  },
  {
    name: 'a retention criterion changed',
    kind: 'retention-criterion-changed',
    significance: 'material',
    edit: (n) => void ((rules(n)[0] as { until?: string[] }).until = ['last-activity']),
    en: 'Retention changed from 30 days after you withdraw your consent to 30 days after you last used the service',
    fi: 'Säilytysaika muuttui: ennen 30 päivää siitä, kun peruutat suostumuksesi, nyt 30 päivää siitä, kun olet viimeksi käyttänyt palvelua',
  },
  {
    name: 'a month for 30 days',
    kind: 'retention-criterion-changed',
    significance: 'material',
    edit: (n) => void ((rules(n)[0] as { period?: string }).period = 'P1M'),
    en: 'Retention changed from 30 days after you withdraw your consent to 1 month after you withdraw your consent',
    fi: 'Säilytysaika muuttui: ennen 30 päivää siitä, kun peruutat suostumuksesi, nyt 1 kuukausi siitä, kun peruutat suostumuksesi',
  },
  {
    name: 'a retention rule added',
    kind: 'retention-rule-added',
    significance: 'material',
    edit: (n) => void rules(n).push({ appliesTo: { purposes: ['tilastot'] }, period: 'P1Y' }),
    en: `New retention period: 1 year (for ${statisticsEn})`,
    fi: `Uusi säilytysaika: 1 vuosi (koskee: ${statisticsFi})`,
  },
  {
    name: 'a retention rule removed',
    kind: 'retention-rule-removed',
    significance: 'minor',
    before: (n) => void rules(n).push({ appliesTo: { purposes: ['tilastot'] }, until: ['purpose-fulfilled'] }),
    edit: () => {},
    en: `Retention period removed: until the purpose of the processing has been fulfilled (for ${statisticsEn})`,
    fi: `Säilytysaika poistettu: kunnes käsittelyn tarkoitus on toteutunut (koskee: ${statisticsFi})`,
  },
  {
    name: 'profiling started',
    kind: 'automated-decision-making-changed',
    significance: 'material',
    edit: (n) =>
      void (n.automatedDecisionMaking = {
        automatedDecisions: false,
        profiling: true,
        consequences: { fi: 'Saat kiinnostavampia uutiskirjeitä.', en: 'You get more interesting newsletters.' },
      }),
    en: 'Profiling now takes place',
    fi: 'Profilointia tehdään nyt',
  },
  {
    name: 'a fee for requests',
    kind: 'rights-changed',
    significance: 'minor',
    edit: (n) => void ((n.rights as { fee?: unknown }).fee = { when: { fi: 'Toistuvista pyynnöistä', en: 'For repeated requests' } }),
    en: 'Conditions of the rights changed',
    fi: 'Oikeuksien käytön ehdot muuttuivat',
  },
  {
    name: 'the conditions of a right',
    kind: 'rights-changed',
    significance: 'minor',
    edit: (n) => void ((n.rights?.items?.[5] as { conditions?: unknown }).conditions = { fi: 'Vain tilauksen tiedot.', en: 'Only the subscription data.' }),
    en: 'Conditions changed: Right to data portability',
    fi: 'Oikeuden käytön ehdot muuttuivat: Oikeus siirtää tiedot järjestelmästä toiseen',
    count: 2,
  },
  {
    name: 'a right no longer listed',
    kind: 'rights-changed',
    significance: 'minor',
    edit: (n) => void n.rights?.items?.splice(5, 1),
    en: 'Right no longer listed: Right to data portability',
    fi: 'Oikeus poistettu: Oikeus siirtää tiedot järjestelmästä toiseen',
  },
  {
    name: 'a controller added',
    kind: 'controller-added',
    significance: 'material',
    edit: (n, o) => {
      o.entities.push({ id: 'aromi-kahvilat', name: 'Aromi Kahvilat Oy', businessId: '3456789-5' });
      n.controllers = { entities: ['aromi-oy', 'aromi-kahvilat'] };
    },
    en: 'New controller: Aromi Kahvilat Oy',
    fi: 'Uusi rekisterinpitäjä: Aromi Kahvilat Oy',
  },
  {
    name: 'a controller removed',
    kind: 'controller-removed',
    significance: 'minor',
    before: (n, o) => {
      o.entities.push({ id: 'aromi-kahvilat', name: 'Aromi Kahvilat Oy', businessId: '3456789-5' });
      n.controllers = { entities: ['aromi-oy', 'aromi-kahvilat'] };
    },
    edit: () => {},
    en: 'Controller removed: Aromi Kahvilat Oy',
    fi: 'Rekisterinpitäjä poistettu: Aromi Kahvilat Oy',
  },
  {
    name: 'another legal person as the controller',
    kind: 'controller-changed',
    significance: 'material',
    edit: (_, o) => void ((o.entities[0] as { businessId?: string }).businessId = '3456789-5'),
    en: 'Controller Kahvipaahtimo Aromi Oy: business ID changed from 2345678-0 to 3456789-5',
    fi: 'Rekisterinpitäjä Kahvipaahtimo Aromi Oy: Y-tunnus muuttui, ennen 2345678-0, nyt 3456789-5',
  },
  {
    name: 'a controller renamed',
    kind: 'controller-changed',
    significance: 'minor',
    edit: (_, o) => void ((o.entities[0] as { name: string }).name = 'Aromi Oy'),
    en: 'Controller Aromi Oy: name changed from Kahvipaahtimo Aromi Oy to Aromi Oy',
    fi: 'Rekisterinpitäjä Aromi Oy: nimi muuttui, ennen Kahvipaahtimo Aromi Oy, nyt Aromi Oy',
  },
  {
    name: 'a DPO designated',
    kind: 'dpo-changed',
    significance: 'minor',
    edit: (_, o) => void (o.dpo = { designated: true, contact: { email: 'tietosuojavastaava@aromi.example.fi' } }),
    en: 'Data protection officer’s details changed',
    fi: 'Tietosuojavastaavan tiedot muuttuivat',
  },
  {
    name: 'a contact changed',
    kind: 'contact-changed',
    significance: 'minor',
    edit: (n) => void ((n.contacts?.[0] as { email?: string }).email = 'yksityisyys@aromi.example.fi'),
    en: 'Contact details changed: About data protection',
    fi: 'Yhteystiedot muuttuivat: Tietosuojaa koskien',
  },
  {
    name: 'the organisation’s contact details',
    kind: 'contact-changed',
    significance: 'minor',
    edit: (_, o) => void ((o.contact as { phone?: string }).phone = '03 765 4321'),
    en: 'Contact details changed: Aromi Coffee Roasters',
    fi: 'Yhteystiedot muuttuivat: Kahvipaahtimo Aromi',
  },
  {
    name: 'a security measure added',
    kind: 'value-changed',
    significance: 'minor',
    edit: (n) => void (n.security?.measures as string[] | undefined)?.push('logging'),
    en: 'Changed in “How the data are protected”',
    fi: 'Muutos kohdassa ”Tietojen suojaaminen”',
  },
  {
    name: 'the wording of the introduction',
    kind: 'text-changed',
    significance: 'editorial',
    edit: (n) =>
      void (n.introduction = {
        fi: 'Tässä kerromme, miten käsittelemme uutiskirjeemme tilaajien henkilötietoja.',
        en: 'This notice tells how we process the personal data of our newsletter subscribers.',
      }),
    en: 'Wording changed in “Introduction” in Finnish',
    fi: 'Sanamuoto muuttui kohdassa ”Johdanto” suomeksi',
    count: 2,
  },
];

describe('diffNotices', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('reports %s, in English and Finnish', (_, entry) => {
    const diff = diffOf(entry.edit, entry.before);
    expect(diff.changes.map((change) => change.kind)).toEqual(Array.from({ length: entry.count ?? 1 }, () => entry.kind));
    const [change] = diff.changes;
    if (change === undefined) return;
    expect(change.significance).toBe(entry.significance);
    expect(describeChange(change, textsIn('en'), diff.new.languages)).toBe(entry.en);
    expect(describeChange(change, textsIn('fi'), diff.new.languages)).toBe(entry.fi);
    expect(change.new ?? change.old).toBeDefined();
  });

  it('covers every kind of change in these cases or in the languages’', () => {
    expect(new Set([...cases.map((entry) => entry.kind), 'language-added', 'language-removed'])).toEqual(new Set(CHANGE_KINDS));
  });

  it('finds nothing between a version and itself', () => {
    expect(diffOf(() => {}).changes).toEqual([]);
  });

  it('reports a language the notice is now published in, and compares texts only in the languages both versions have', () => {
    const swedish: Edit = (n, o) => {
      n.languages = ['fi', 'en', 'sv'];
      n.register = { name: { ...n.register?.name, sv: 'Kundregister' } };
      const [purpose] = n.purposes?.items ?? [];
      if (purpose !== undefined) purpose.description = { ...purpose.description, sv: 'Skötsel av kundrelationen' };
      const [category] = n.dataCategories?.items ?? [];
      if (category !== undefined) category.label = { ...category.label, sv: 'namn och kontaktuppgifter' };
      o.name = { ...o.name, sv: 'Esimerkki Ab' };
    };
    const added = diffOf(swedish, () => {}, 'minimal');
    expect(added.changes.map((change) => [change.kind, change.significance, change.id])).toEqual([['language-added', 'editorial', 'sv']]);
    expect(describeChange(added.changes[0] as never, textsIn('en'), added.new.languages)).toBe('Now also published in Swedish');
    expect(describeChange(added.changes[0] as never, textsIn('sv'), added.new.languages)).toBe('Publiceras nu även på svenska');
    const removed = diffOf(() => {}, swedish, 'minimal');
    expect(removed.changes.map((change) => [change.kind, change.old?.line])).toEqual([['language-removed', 6]]);
    expect(describeChange(removed.changes[0] as never, textsIn('fi'), removed.new.languages)).toBe('Ei enää julkaista ruotsiksi');
  });

  it('gives each change its place in both versions, from each one’s source map', () => {
    const diff = diffOf((n) => {
      purposes(n).unshift(coffeeCourses);
      (rules(n)[1] as { period?: string }).period = 'P3Y';
    });
    const retention = diff.changes.find((change) => change.kind === 'retention-lengthened');
    expect(retention?.old).toMatchObject({ pointer: '/retention/rules/1/period' });
    expect(retention?.new).toMatchObject({ pointer: '/retention/rules/1/period' });
    // the purpose added first moves everything after it down in the new version
    expect((retention?.new?.line ?? 0) - (retention?.old?.line ?? 0)).toBe(6);
    const added = diff.changes.find((change) => change.kind === 'purpose-added');
    expect(added).toMatchObject({ id: 'kurssit', new: { pointer: '/purposes/items/0' } });
    expect(added?.old).toBeUndefined();
  });

  it('matches purposes by id, so that moving one is no change and its texts are compared with its own', () => {
    const diff = diffOf((n) => {
      purposes(n).reverse();
      statistics(n).description = { fi: 'Uutiskirjeen kehittäminen tilastojen avulla', en: 'Improving the newsletter with statistics' };
    });
    expect(diff.changes.map((change) => [change.kind, change.language, change.old?.pointer, change.new?.pointer])).toEqual([
      ['text-changed', 'fi', '/purposes/items/0/description/fi', '/purposes/items/1/description/fi'],
      ['text-changed', 'en', '/purposes/items/0/description/en', '/purposes/items/1/description/en'],
    ]);
    // the list reversed: the statistics are first in the old version, and the new one's first purpose is the newsletter
  });

  it('compares a text word by word', () => {
    const diff = diffOf(
      (n) => void (n.introduction = { ...n.introduction, en: 'This notice explains how we process the personal data of the subscribers of our newsletter.' }),
    );
    expect(diff.changes[0]?.words).toEqual([
      { op: 'equal', text: 'This notice explains how we process the personal data of ' },
      { op: 'delete', text: "our newsletter's subscribers." },
      { op: 'insert', text: 'the subscribers of our newsletter.' },
    ]);
  });
});
