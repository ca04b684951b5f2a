import { describe, expect, it } from 'vitest';
import { noticeRecord, recordIndex } from '../../src/export/index.ts';
import { loadNotices } from '../../src/node/index.ts';
import { recordSchemaErrors } from '../../src/schema/index.ts';
import { minimal, validNotice } from '../helpers/in-memory.ts';
import { root, seedNotice } from '../helpers/paths.ts';
import { loadFixture, loadOneNotice } from '../helpers/render.ts';

describe('the record of processing', () => {
  const seed = loadOneNotice(seedNotice);
  const record = noticeRecord(seed);

  it('validates against schemas/record.schema.json for every notice and fixture', () => {
    for (const path of ['notices', 'test/fixtures/minimal', 'test/fixtures/swedish', 'test/fixtures/untranslated']) {
      const { notices } = loadFixture(path);
      expect(notices.length, path).toBeGreaterThan(0);
      for (const notice of notices) expect(recordSchemaErrors(noticeRecord(notice)), notice.id).toEqual([]);
    }
  });

  it('has one processing activity per purpose, with the stable ids', () => {
    expect(record.processingActivities.map((activity) => activity.id)).toEqual(['markkinointi', 'asiakaspalvelun-kehittaminen', 'analysointi', 'kavijaseuranta', 'kayttokokemus', 'tutkimukset']);
  });

  it('carries the legal basis as stated: for the whole notice, primarily legitimate interests', () => {
    expect(record.processingActivities[0]?.legalBasis).toMatchObject({ basis: 'legitimate-interests', article: '6(1)(f)', scope: 'notice', extent: 'primarily' });
  });

  it('names both controllers and the notice version', () => {
    expect(record.controllers.map((controller) => controller.name)).toEqual(['Pori Energia Oy', 'Pori Energia Sähköverkot Oy']);
    expect(record.notice).toMatchObject({ id: 'markkinointi-ja-viestinta', organisation: 'pori-energia', lastUpdated: '2022-10-24', languages: ['fi', 'en'] });
    expect(record.notice.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/u);
  });

  it('lists data categories, recipients, transfers and time limits for each activity (Art. 30(1)(c)–(f))', () => {
    const activity = record.processingActivities[0];
    expect(activity?.dataCategories).toHaveLength(13);
    expect(activity?.dataCategories.find((category) => category.id === 'tunnisteet')?.kinds).toContain('national-identity-code');
    expect(activity?.recipients.map((recipient) => recipient.role)).toEqual(['processor', 'authority', 'group-company']);
    expect(activity?.transfers).toEqual({ outsideEea: 'possible', mechanisms: ['standard-contractual-clauses'] });
    expect(activity?.retention.map((rule) => rule.until)).toEqual([['purpose-fulfilled'], ['consent-withdrawn', 'direct-marketing-prohibited'], ['purpose-fulfilled']]);
    expect(record.securityMeasures?.measures).toContain('firewalls');
  });

  it('changes its content hash when the source changes, and only then', () => {
    const again = noticeRecord(loadOneNotice(seedNotice));
    expect(again.notice.contentHash).toBe(record.notice.contentHash);
    const other = noticeRecord(loadOneNotice('test/fixtures/minimal/asiakasrekisteri.yaml'));
    expect(other.notice.contentHash).not.toBe(record.notice.contentHash);
  });

  it('gathers every notice by organisation in the index, which validates too', () => {
    const project = loadNotices(['notices', 'test/fixtures/swedish'], { cwd: root });
    const index = recordIndex(project.organisations.map((organisation) => organisation.document), project.notices.map(noticeRecord));
    expect(recordSchemaErrors(index)).toEqual([]);
    expect(index.organisations.map((organisation) => [organisation.id, organisation.notices.map((notice) => notice.notice.id)])).toEqual([
      ['pori-energia', ['markkinointi-ja-viestinta']],
      ['kustbolaget', ['nyhetsbrev']],
    ]);
  });

  it('leaves out a name the notice does not give, rather than repeating the description', () => {
    expect(record.processingActivities.map((activity) => activity.name)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(record.processingActivities[0]?.description.fi).toMatch(/^Markkinointitarkoituksiin/u);
  });

  it('carries the contacts, whether data must be provided, and the facts behind each category and source', () => {
    const exemplary = noticeRecord(loadOneNotice('test/fixtures/exemplary/uutiskirje.yaml'));
    expect(recordSchemaErrors(exemplary)).toEqual([]);
    expect(exemplary.contacts?.map((contact) => contact.topic)).toEqual(expect.arrayContaining(['privacy']));
    expect(exemplary.processingActivities.map((activity) => activity.provision?.requirement)).toEqual(['voluntary', 'voluntary']);
    expect(exemplary.processingActivities[0]?.provision?.consequences?.fi).toBe('Ilman sähköpostiosoitetta emme voi lähettää uutiskirjettä.');
    const activity = record.processingActivities[0];
    expect(activity?.dataCategories.find((category) => category.id === 'muut-suostumuksella-keratyt')?.collectedWithConsent).toBe(true);
    expect(activity?.sources.find((source) => source.id === 'rekisteroity')?.collectedWithConsent).toBe(true);
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
    expect(activities.map((activity) => [activity.id, activity.transfers?.destinations?.map((destination) => destination.countries.join())])).toEqual([
      ['asiakassuhde', ['GB']],
      ['analytiikka', ['US', 'GB']],
    ]);
  });
});
