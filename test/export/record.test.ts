import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticeRecord, recordAt, recordIndex, recordIndexAt, type NoticeRecord, type ProcessingActivity } from '../../src/export/index.ts';
import type { Notice } from '../../src/model/index.ts';
import { loadProject, type Project } from '../../src/project/index.ts';
import { recordSchemaErrors } from '../../src/schema/index.ts';
import { minimal, validNotice } from '../helpers/in-memory.ts';
import { fromRoot } from '../helpers/paths.ts';

/** Every YAML file of some folders, loaded as one project through the pure core. */
function loadFolders(...folders: string[]): Project {
  return loadProject(
    folders.flatMap((folder) =>
      readdirSync(fromRoot(folder), { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.yaml'))
        .sort()
        .map((file) => ({ file: `${folder}/${file}`, text: readFileSync(fromRoot(`${folder}/${file}`), 'utf8') })),
    ),
  );
}

function onlyNotice(project: Project): Notice {
  expect(project.notices).toHaveLength(1);
  return project.notices[0] as Notice;
}

/** The record of the minimal notice with more top-level sections written after it. */
function recordWith(sections: string, organisation = minimal.organisation): NoticeRecord {
  const record = noticeRecord(validNotice(`${minimal.notice}${sections}`, organisation));
  expect(recordSchemaErrors(record)).toEqual([]);
  return record;
}

function firstActivity(record: NoticeRecord): ProcessingActivity {
  return record.processingActivities[0] as ProcessingActivity;
}

/** The given form of a statement; fails the test when it is in another state. */
function given<Statement extends { readonly status: string }>(statement: Statement): Extract<Statement, { readonly status: 'given' }> {
  expect(statement.status).toBe('given');
  return statement as Extract<Statement, { readonly status: 'given' }>;
}

describe('the record of processing, version 2', () => {
  const seed = noticeRecord(onlyNotice(loadFolders('notices')));
  const markkinointi = firstActivity(seed);

  it('validates against schemas/record.schema.json for every notice and fixture, and as an index', () => {
    for (const folder of ['notices', 'test/fixtures/minimal', 'test/fixtures/swedish', 'test/fixtures/untranslated', 'test/fixtures/exemplary']) {
      const project = loadFolders(folder);
      expect(project.notices.length, folder).toBeGreaterThan(0);
      for (const notice of project.notices) expect(recordSchemaErrors(noticeRecord(notice)), notice.id).toEqual([]);
    }
    const project = loadFolders('notices', 'test/fixtures/swedish');
    const index = recordIndex(
      project.organisations.map((organisation) => organisation.document),
      project.notices.map(noticeRecord),
    );
    expect(recordSchemaErrors(index)).toEqual([]);
    expect(index.schemaVersion).toBe(2);
    expect(
      index.organisations.map((organisation) => [organisation.id, organisation.dpo.status, organisation.notices.map((notice) => notice.notice.id)]),
    ).toEqual([
      ['pori-energia', 'not-stated', ['markkinointi-ja-viestinta']],
      ['kustbolaget', 'none', ['nyhetsbrev']],
    ]);
  });

  it('has one processing activity per purpose, with the stable ids, and the notice version', () => {
    expect(seed.schemaVersion).toBe(2);
    expect(seed.processingActivities.map((activity) => activity.id)).toEqual([
      'markkinointi',
      'asiakaspalvelun-kehittaminen',
      'analysointi',
      'kavijaseuranta',
      'kayttokokemus',
      'tutkimukset',
    ]);
    expect(seed.notice).toMatchObject({ id: 'markkinointi-ja-viestinta', organisation: 'pori-energia', lastUpdated: '2022-10-24', languages: ['fi', 'en'] });
    expect(seed.notice.contentHash).toMatch(/^[0-9a-f]{64}$/u);
    expect(seed.notice.contentHashAlgorithm).toBe('sha256');
  });

  it('keeps how the notice is changed in its own words, and says so when a notice is silent on it', () => {
    expect(seed.changes).toEqual({
      status: 'given',
      description: {
        fi: 'Pidätämme oikeuden muuttaa ja päivittää tätä tietosuojaselostetta.',
        en: 'We reserve the right to change and update this privacy notice.',
      },
    });
    expect(recordWith('').changes).toEqual({ status: 'not-stated' });
  });

  it('names its schema and the notice’s pages: relative to the published site, or in full for a site address', () => {
    expect(seed.$schema).toBe('../schemas/record.schema.json');
    expect(seed.notice.pages).toEqual({ fi: '/fi/markkinointi-ja-viestinta/', en: '/en/markkinointi-ja-viestinta/' });
    const published = recordAt(seed, 'https://www.example.fi/tietosuoja');
    expect(published.$schema).toBe('https://www.example.fi/tietosuoja/schemas/record.schema.json');
    expect(published.notice.pages).toEqual({
      fi: 'https://www.example.fi/tietosuoja/fi/markkinointi-ja-viestinta/',
      en: 'https://www.example.fi/tietosuoja/en/markkinointi-ja-viestinta/',
    });
    expect(recordSchemaErrors(published)).toEqual([]);
  });

  it('lists in the index each notice’s record, DPV and TILT files with their addresses, and the spreadsheet', () => {
    const project = loadFolders('notices', 'test/fixtures/swedish');
    const index = recordIndexAt(
      recordIndex(
        project.organisations.map((organisation) => organisation.document),
        project.notices.map(noticeRecord),
      ),
      'https://www.example.fi/',
    );
    expect(recordSchemaErrors(index)).toEqual([]);
    expect(index.$schema).toBe('https://www.example.fi/schemas/record.schema.json');
    expect(index.records).toEqual([
      {
        notice: 'markkinointi-ja-viestinta',
        organisation: 'pori-energia',
        record: { file: 'records/markkinointi-ja-viestinta.json', url: 'https://www.example.fi/records/markkinointi-ja-viestinta.json' },
        dpv: { file: 'records/markkinointi-ja-viestinta.jsonld', url: 'https://www.example.fi/records/markkinointi-ja-viestinta.jsonld' },
        tilt: [
          {
            controller: 'pori-energia-oy',
            file: 'records/markkinointi-ja-viestinta.pori-energia-oy.tilt.json',
            url: 'https://www.example.fi/records/markkinointi-ja-viestinta.pori-energia-oy.tilt.json',
          },
          {
            controller: 'pori-energia-sahkoverkot-oy',
            file: 'records/markkinointi-ja-viestinta.pori-energia-sahkoverkot-oy.tilt.json',
            url: 'https://www.example.fi/records/markkinointi-ja-viestinta.pori-energia-sahkoverkot-oy.tilt.json',
          },
        ],
      },
      {
        notice: 'nyhetsbrev',
        organisation: 'kustbolaget',
        record: { file: 'records/nyhetsbrev.json', url: 'https://www.example.fi/records/nyhetsbrev.json' },
        dpv: { file: 'records/nyhetsbrev.jsonld', url: 'https://www.example.fi/records/nyhetsbrev.jsonld' },
        tilt: [{ controller: expect.any(String), file: 'records/nyhetsbrev.tilt.json', url: 'https://www.example.fi/records/nyhetsbrev.tilt.json' }],
      },
    ]);
    expect(index.spreadsheet).toEqual({ file: 'records/records.csv', url: 'https://www.example.fi/records/records.csv' });
    expect(index.organisations[0]?.notices[0]?.$schema).toBe('https://www.example.fi/schemas/record.schema.json');
  });

  it('carries the seed’s legal basis as stated, with its legitimate interest in the notice’s own words', () => {
    const basis = given(markkinointi.legalBasis);
    expect(basis.statedFor).toBe('notice');
    expect(basis.items).toEqual([{ basis: 'legitimate-interests', article: '6(1)(f)', hedge: 'primarily' }]);
    expect(basis.description?.['fi']).toContain('perusteltuun ja oikeutettuun etuun viestiä ja markkinoida palveluitaan');
    expect(basis.description?.['en']).toContain('legitimate interest in communicating and marketing its services');
  });

  it('invents nothing for the seed: no DPO, representative, complaint authority or provision it does not state', () => {
    expect([seed.dpo, seed.representative, seed.complaint, markkinointi.provision]).toEqual([
      { status: 'not-stated' },
      { status: 'not-stated' },
      { status: 'not-stated' },
      { status: 'not-stated' },
    ]);
    expect(JSON.stringify(seed)).not.toContain('Tietosuojavaltuutetun');
  });

  it('lists data categories, recipients, transfers, time limits and security as the seed states them (Art. 30(1)(c)–(g))', () => {
    const categories = given(markkinointi.dataCategories).items;
    expect(categories).toHaveLength(13);
    expect(categories.find((category) => category.id === 'tunnisteet')?.kinds).toContain('national-identity-code');
    expect(categories.find((category) => category.id === 'muut-suostumuksella-keratyt')?.collectedWithConsent).toBe(true);
    expect(given(markkinointi.sources).items.find((source) => source.id === 'rekisteroity')?.collectedWithConsent).toBe(true);
    expect(given(markkinointi.recipients).items.map((recipient) => recipient.role)).toEqual(['processor', 'authority', 'group-company']);
    expect(given(markkinointi.transfers)).toMatchObject({ outsideEea: 'possible', mechanisms: ['standard-contractual-clauses'], items: [] });
    const retention = given(markkinointi.retention);
    expect(retention.items.map((rule) => rule.until)).toEqual([
      ['purpose-fulfilled'],
      ['consent-withdrawn', 'direct-marketing-prohibited'],
      ['purpose-fulfilled'],
    ]);
    expect(retention.description?.['fi']).toBe('Tiedot poistetaan rekisterinpitäjän noudattamien poistoprosessien mukaisesti.');
    expect(given(seed.securityMeasures).items).toContain('firewalls');
    const decisions = given(seed.automatedDecisionMaking);
    expect([decisions.automatedDecisions, decisions.profiling]).toEqual([
      { status: 'given', value: false },
      { status: 'given', value: false },
    ]);
  });

  it('names both controllers, and keeps the contacts as written', () => {
    expect(given(seed.controllers).items.map((controller) => controller.entity?.name)).toEqual(['Pori Energia Oy', 'Pori Energia Sähköverkot Oy']);
    expect(given(seed.contacts).items.map((contact) => [contact.topic, contact.email])).toEqual([
      ['register', 'viestinta@porienergia.fi'],
      ['privacy', 'tietosuoja@porienergia.fi'],
    ]);
  });

  it('changes its content hash when the source changes, and only then', () => {
    expect(noticeRecord(onlyNotice(loadFolders('notices'))).notice.contentHash).toBe(seed.notice.contentHash);
    expect(recordWith('').notice.contentHash).not.toBe(seed.notice.contentHash);
  });

  it('leaves out a name and a date the notice does not give', () => {
    expect(seed.processingActivities.map((activity) => activity.name)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(markkinointi.description?.['fi']).toMatch(/^Markkinointitarkoituksiin/u);
    const undated = noticeRecord(validNotice(minimal.notice.replace('lastUpdated: 2025-01-31\n', '')));
    expect(undated.notice).not.toHaveProperty('lastUpdated');
    expect(recordSchemaErrors(undated)).toEqual([]);
  });

  it('tells recipients that are none, not stated and given apart', () => {
    const none = firstActivity(recordWith('recipients:\n  none: true\n  description: { fi: Tietoja ei luovuteta., en: Data are not disclosed. }\n')).recipients;
    const silent = firstActivity(recordWith('')).recipients;
    const marked = firstActivity(recordWith('recipients:\n  notStated: { note: kysy tietosuojavastaavalta }\n')).recipients;
    const listed = firstActivity(
      recordWith(
        'recipients:\n  items:\n    - { id: posti, role: public, label: { fi: julkinen, en: public }, regularity: occasional, name: { fi: Posti, en: Posti Ltd } }\n  notDisclosedFor: [direct-marketing]\n',
      ),
    ).recipients;
    expect(none).toEqual({ status: 'none', description: { fi: 'Tietoja ei luovuteta.', en: 'Data are not disclosed.' } });
    expect(silent).toEqual({ status: 'not-stated' });
    expect(marked).toEqual({ status: 'not-stated' });
    expect(JSON.stringify(marked)).not.toContain('kysy');
    expect(listed).toEqual({
      status: 'given',
      items: [{ id: 'posti', role: 'public', label: { fi: 'julkinen', en: 'public' }, regularity: 'occasional', name: { fi: 'Posti', en: 'Posti Ltd' } }],
      notDisclosedFor: ['direct-marketing'],
    });
  });

  it('tells transfers that are none, not stated and given apart, with their regularity', () => {
    expect(firstActivity(recordWith('transfers:\n  outsideEea: none\n')).transfers).toEqual({ status: 'none' });
    expect(firstActivity(recordWith('')).transfers).toEqual({ status: 'not-stated' });
    expect(firstActivity(recordWith('transfers:\n  outsideEea: possible\n  regularity: occasional\n')).transfers).toEqual({
      status: 'given',
      outsideEea: 'possible',
      regularity: 'occasional',
      items: [],
    });
  });

  it('gives each activity only the transfers to its own recipients, and those that name none', () => {
    const text = `${minimal.notice.replace('      dataCategories: [yhteystiedot]\n', '      dataCategories: [yhteystiedot]\n      recipients: [posti]\n    - id: analytiikka\n      description: { fi: Analytiikka, en: Analytics }\n      legalBasis: { basis: consent }\n      recipients: [pilvi]\n')}recipients:
  items:
    - { id: posti, role: processor, label: { fi: postipalvelu, en: postal service } }
    - { id: pilvi, role: processor, label: { fi: analytiikkapalvelu, en: analytics service } }
transfers:
  outsideEea: yes
  destinations:
    - { countries: [US], mechanism: adequacy-decision, recipients: [pilvi] }
    - { countries: [GB], mechanism: adequacy-decision }
`;
    const activities = noticeRecord(validNotice(text)).processingActivities;
    expect(activities.map((activity) => [activity.id, given(activity.transfers).items.map((destination) => destination.countries.join())])).toEqual([
      ['asiakassuhde', ['GB']],
      ['analytiikka', ['US', 'GB']],
    ]);
  });

  it('tells retention given and not stated apart, with what a rule counts from and the law that sets it', () => {
    expect(firstActivity(recordWith('')).retention).toEqual({ status: 'not-stated' });
    expect(firstActivity(recordWith('retention:\n  notStated: { note: alkuperäinen katkeaa }\n')).retention).toEqual({ status: 'not-stated' });
    const rules = given(
      firstActivity(
        recordWith(
          'retention:\n  rules:\n    - { period: P6Y, after: [contract-ended], atLatest: true, law: { number: 1336/1997, section: 2 luku 10 § } }\n    - { permanent: true, recordsManagementPlan: true }\n',
        ),
      ).retention,
    ).items;
    expect(rules).toEqual([
      {
        period: 'P6Y',
        after: ['contract-ended'],
        atLatest: true,
        law: [
          {
            kind: 'act',
            number: '1336/1997',
            section: '2 luku 10 §',
            knownAct: { number: '1336/1997', kind: 'act', names: { fi: 'kirjanpitolaki', en: 'Accounting Act', sv: 'bokföringslagen' } },
          },
        ],
      },
      { permanent: true, recordsManagementPlan: true },
    ]);
  });

  it('tells security measures given and not stated apart', () => {
    expect(recordWith('').securityMeasures).toEqual({ status: 'not-stated' });
    expect(recordWith('security:\n  notStated: {}\n').securityMeasures).toEqual({ status: 'not-stated' });
    expect(recordWith('security:\n  description: { fi: Tiedot on suojattu., en: The data are protected. }\n').securityMeasures).toEqual({
      status: 'given',
      items: [],
      description: { fi: 'Tiedot on suojattu.', en: 'The data are protected.' },
    });
  });

  it('gives automated decisions and profiling each their own state', () => {
    expect(recordWith('').automatedDecisionMaking).toEqual({ status: 'not-stated' });
    expect(recordWith('automatedDecisionMaking:\n  automatedDecisions: false\n').automatedDecisionMaking).toEqual({
      status: 'given',
      automatedDecisions: { status: 'given', value: false },
      profiling: { status: 'not-stated' },
    });
  });

  it('tells a legal basis given for the purpose, for the whole notice and not stated apart, without a hedge or point the notice did not give', () => {
    expect(given(firstActivity(recordWith('')).legalBasis)).toEqual({
      status: 'given',
      statedFor: 'purpose',
      items: [{ basis: 'contract', article: '6(1)(b)' }],
    });
    const withoutOwn = minimal.notice.replace('      legalBasis:\n        basis: contract\n', '');
    expect(firstActivity(noticeRecord(validNotice(withoutOwn))).legalBasis).toEqual({ status: 'not-stated' });
    const general = firstActivity(
      noticeRecord(
        validNotice(
          `${withoutOwn}legalBasis:\n  law: { number: 523/1999, section: "8" }\n  description: { fi: Henkilötietolaki 8 §, en: Personal Data Act s. 8 }\n`,
        ),
      ),
    ).legalBasis;
    expect(given(general)).toEqual({
      status: 'given',
      statedFor: 'notice',
      items: [
        {
          law: [
            {
              kind: 'act',
              number: '523/1999',
              section: '8',
              knownAct: {
                number: '523/1999',
                kind: 'act',
                names: { fi: 'henkilötietolaki', en: 'Personal Data Act', sv: 'personuppgiftslagen' },
                replacedBy: '1050/2018',
              },
            },
          ],
        },
      ],
      description: { fi: 'Henkilötietolaki 8 §', en: 'Personal Data Act s. 8' },
    });
  });

  it('keeps several bases with their relation, scope and legitimate interest', () => {
    const text = minimal.notice.replace(
      '      legalBasis:\n        basis: contract\n',
      '      legalBasis:\n        relation: alternatives\n        bases:\n          - { basis: contract, hedge: as-a-rule }\n          - { basis: legitimate-interests, legitimateInterest: { fi: asiakassuhteen hoito, en: customer care }, scope: { dataCategories: [yhteystiedot] } }\n',
    );
    const basis = given(firstActivity(noticeRecord(validNotice(text))).legalBasis);
    expect(basis.relation).toBe('alternatives');
    expect(basis.items).toEqual([
      { basis: 'contract', article: '6(1)(b)', hedge: 'as-a-rule' },
      {
        basis: 'legitimate-interests',
        article: '6(1)(f)',
        legitimateInterest: { fi: 'asiakassuhteen hoito', en: 'customer care' },
        scope: { dataCategories: ['yhteystiedot'] },
      },
    ]);
  });

  it('links data subject groups to their data categories and sources (Art. 30(1)(c)), and keeps whether data are mandatory', () => {
    const record = recordWith(
      'dataSubjects:\n  groups:\n    - { id: asiakkaat, label: { fi: asiakkaat, en: customers }, dataCategories: [yhteystiedot], sources: [itse] }\n    - { id: vierailijat, label: { fi: vierailijat, en: visitors }, noPersonalData: true }\nsources:\n  items:\n    - { id: itse, kind: data-subject, label: { fi: rekisteröity, en: the data subject } }\n',
    );
    const activity = firstActivity(record);
    expect(given(activity.dataSubjects).items).toEqual([
      { id: 'asiakkaat', label: { fi: 'asiakkaat', en: 'customers' }, dataCategories: ['yhteystiedot'], sources: ['itse'] },
      { id: 'vierailijat', label: { fi: 'vierailijat', en: 'visitors' }, noPersonalData: true },
    ]);
    const mandatory = noticeRecord(
      validNotice(minimal.notice.replace('        en: name and contact details\n', '        en: name and contact details\n      mandatory: true\n')),
    );
    expect(given(firstActivity(mandatory).dataCategories).items[0]?.mandatory).toBe(true);
  });

  it('shows the supervisory authority only where the notice asks for it, never the Ombudsman in place of a missing one', () => {
    expect(recordWith('complaint:\n  description: { fi: Voit valittaa., en: You may complain. }\n').complaint).toEqual({
      status: 'given',
      description: { fi: 'Voit valittaa.', en: 'You may complain.' },
    });
    const finnish = given(recordWith('complaint:\n  authority: fi\n').complaint);
    expect(finnish.authority?.source).toBe('fi');
    expect(finnish.authority?.name['fi']).toBe('Tietosuojavaltuutetun toimisto');
    expect(given(recordWith('complaint:\n  authority: organisation\n').complaint)).toEqual({ status: 'given' });
  });

  it('states the DPO as designated, not designated or not stated', () => {
    expect(recordWith('').dpo).toEqual({ status: 'not-stated' });
    expect(recordWith('', `${minimal.organisation}dpo:\n  designated: false\n`).dpo).toEqual({ status: 'none' });
    expect(recordWith('', `${minimal.organisation}dpo:\n  designated: true\n  contact: { email: tietosuoja@esimerkki.fi }\n`).dpo).toEqual({
      status: 'given',
      value: { contact: { email: 'tietosuoja@esimerkki.fi' } },
    });
  });

  it('keeps rights with their conditions, fee, deadline and what they apply to', () => {
    const rights = given(
      recordWith(
        'rights:\n  deadline: P1M\n  fee: none\n  items:\n    - { covers: [erasure], applies: false, description: { fi: Ei sovellu., en: Does not apply. } }\n    - { covers: [access], appliesTo: { purposes: [asiakassuhde] }, conditions: { fi: kerran vuodessa, en: once a year } }\n',
      ).rights,
    );
    expect(rights).toMatchObject({ deadline: 'P1M', fee: 'none' });
    expect(rights.items.map((item) => [item.covers, item.applies, item.appliesTo])).toEqual([
      [['erasure'], false, undefined],
      [['access'], undefined, { purposes: ['asiakassuhde'] }],
    ]);
  });

  it('names controllers through their units and keeps the joint controllership as stated', () => {
    const text = minimal.notice.replace(
      'controllers:\n  entities: [esimerkki-oy]\n',
      'controllers:\n  entities:\n    - { entity: esimerkki-oy, unit: { fi: Viestintä, en: Communications } }\n  jointControllership:\n    parties: { fi: ryhmän jäsenet, en: the members of the group }\n    contactPoint: esimerkki-oy\n',
    );
    const controllers = given(noticeRecord(validNotice(text)).controllers);
    expect(controllers.items.map((item) => [item.entity?.id, item.entity?.businessId, item.unit])).toEqual([
      ['esimerkki-oy', '1234567-1', { fi: 'Viestintä', en: 'Communications' }],
    ]);
    expect(controllers.jointControllership).toEqual({ parties: { fi: 'ryhmän jäsenet', en: 'the members of the group' }, contactPoint: 'esimerkki-oy' });
  });

  it('keeps contact values per language and labelled lists as written, and whether the source copy is complete', () => {
    const record = recordWith(
      'contacts:\n  - topic: privacy\n    email: { fi: tietosuoja@esimerkki.fi, en: privacy@esimerkki.fi }\n    phone: [{ number: 09 123 4567, label: { fi: vaihde, en: switchboard } }]\noriginal:\n  complete: false\n  note: sivu katkeaa\n',
    );
    expect(given(record.contacts).items).toEqual([
      {
        topic: 'privacy',
        email: { fi: 'tietosuoja@esimerkki.fi', en: 'privacy@esimerkki.fi' },
        phone: [{ number: '09 123 4567', label: { fi: 'vaihde', en: 'switchboard' } }],
      },
    ]);
    expect(record.notice.original).toEqual({ complete: false });
    expect(JSON.stringify(record)).not.toContain('sivu katkeaa');
  });

  it('keeps what a notice without purposes states for the register as a whole, in one activity without an id', () => {
    const text = minimal.notice.replace(/purposes:\n(?: {2,}.*\n)+/u, '').concat('recipients:\n  none: true\n');
    const record = noticeRecord(validNotice(text));
    expect(recordSchemaErrors(record)).toEqual([]);
    expect(record.purposes).toEqual({ status: 'not-stated' });
    expect(record.processingActivities).toHaveLength(1);
    const activity = firstActivity(record);
    expect(activity).not.toHaveProperty('id');
    expect(activity.recipients).toEqual({ status: 'none' });
    expect(given(activity.dataCategories).items.map((category) => category.id)).toEqual(['yhteystiedot']);
  });
});
