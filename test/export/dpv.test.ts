import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { dpvDocument, type NoticeRecord } from '../../src/export/index.ts';
import { allRecords, dpvTermIris, recordsIn, seedRecord } from './fixture-records.ts';

const DPV_NAMESPACES = ['https://w3id.org/dpv#', 'https://w3id.org/dpv/pd#', 'https://w3id.org/dpv/legal/eu/gdpr#'];
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/iu;

type Expanded = readonly Record<string, unknown>[];

/** The document expanded by a JSON-LD processor in safe mode: a term it cannot expand or a relative IRI it would drop is an error. */
async function expanded(record: NoticeRecord, siteUrl?: string): Promise<Expanded> {
  const document = dpvDocument(record, siteUrl === undefined ? {} : { siteUrl });
  return (await jsonld.expand(structuredClone(document) as jsonld.JsonLdDocument, { safe: true } as jsonld.Options.Expand)) as unknown as Expanded;
}

/** Every IRI an expanded document uses: its properties, types and node ids (blank nodes left out), and the languages of its texts. */
function usedIn(value: unknown, found: { iris: Set<string>; languages: Set<string> } = { iris: new Set(), languages: new Set() }) {
  if (Array.isArray(value)) for (const item of value) usedIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!key.startsWith('@')) found.iris.add(key);
      if (key === '@type') for (const type of [item].flat() as string[]) found.iris.add(type);
      if (key === '@id' && typeof item === 'string' && !item.startsWith('_:')) found.iris.add(item);
      if (key === '@language' && typeof item === 'string') found.languages.add(item);
      usedIn(item, found);
    }
  }
  return found;
}

/** The nodes of an expanded document that have a type, anywhere in it. */
function nodesOfType(value: unknown, type: string, nodes: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) nodesOfType(item, type, nodes);
  else if (typeof value === 'object' && value !== null) {
    const types: unknown[] = [(value as { '@type'?: unknown })['@type']].flat();
    if (types.includes(type)) nodes.push(value as Record<string, unknown>);
    for (const item of Object.values(value)) nodesOfType(item, type, nodes);
  }
  return nodes;
}

/** Whether a node is a transfer: a process whose processing is dpv:CrossBorderTransfer. */
function isTransfer(node: Record<string, unknown>): boolean {
  return JSON.stringify(node['https://w3id.org/dpv#hasProcessing'] ?? []).includes('CrossBorderTransfer');
}

const dpv = (term: string) => `https://w3id.org/dpv#${term}`;
const gdpr = (term: string) => `https://w3id.org/dpv/legal/eu/gdpr#${term}`;
const terms = dpvTermIris();

describe('the DPV JSON-LD export', () => {
  const records = allRecords();

  it('exports the seed and every test notice', () => {
    expect(records.length).toBeGreaterThanOrEqual(13);
  });

  it.each(records.map(({ folder, record }) => [`${folder}: ${record.notice.id}`, record] as const))(
    '%s expands cleanly to absolute IRIs that DPV 2.2 has',
    async (_, record) => {
      const { iris, languages } = usedIn(await expanded(record, 'https://www.example.fi/'));
      expect(iris.size).toBeGreaterThan(10);
      for (const iri of iris) {
        expect(iri, 'an absolute IRI').toMatch(ABSOLUTE_IRI);
        if (DPV_NAMESPACES.some((namespace) => iri.startsWith(namespace))) expect(terms.has(iri), `${iri} is a DPV 2.2 term`).toBe(true);
      }
      // the notice's languages, and the three of seloste's names of the acts it cites
      for (const language of languages) expect([...record.notice.languages, 'fi', 'en', 'sv']).toContain(language);
    },
  );

  it('expands without a site address too, the document then without an @id', async () => {
    const [document] = await expanded(seedRecord());
    expect(document?.['@id']).toBeUndefined();
    const [published] = await expanded(seedRecord(), 'https://www.example.fi/tietosuoja/');
    expect(published?.['@id']).toBe('https://www.example.fi/tietosuoja/records/markkinointi-ja-viestinta.jsonld');
  });

  describe('of the seed', async () => {
    const document = await expanded(seedRecord());
    const processes = nodesOfType(document, dpv('Process')).filter((node) => node[dpv('hasPurpose')] !== undefined);

    it('has one dpv:Process per purpose, each with its purpose kinds', () => {
      expect(processes.map((node) => (node['http://purl.org/dc/terms/identifier'] as { '@value': string }[])[0]?.['@value'])).toEqual([
        'markkinointi',
        'asiakaspalvelun-kehittaminen',
        'analysointi',
        'kavijaseuranta',
        'kayttokokemus',
        'tutkimukset',
      ]);
      const [marketing] = nodesOfType(processes[0], dpv('Purpose'));
      expect(marketing?.['@type']).toEqual([
        dpv('Purpose'),
        dpv('Marketing'),
        dpv('DirectMarketing'),
        dpv('CommunicationManagement'),
        dpv('CustomerManagement'),
      ]);
    });

    it('states the legitimate interest as Art. 6(1)(f), in the notice’s words in Finnish and English', () => {
      const [basis] = nodesOfType(processes[0], gdpr('A6-1-f'));
      const words = basis?.['http://purl.org/dc/terms/description'] as { '@value': string; '@language': string }[];
      expect(words.map((text) => text['@language']).sort()).toEqual(['en', 'fi']);
      expect(words.find((text) => text['@language'] === 'fi')?.['@value']).toMatch(
        /^Henkilötietojen käsittely perustuu ensisijaisesti Rekisterinpitäjän perusteltuun ja oikeutettuun etuun/u,
      );
    });

    it('gives the personal identity code as pd:OfficialID and the transfers’ clauses as eu-gdpr:A46-2-c', () => {
      expect(nodesOfType(processes[0], 'https://w3id.org/dpv/pd#OfficialID')).toHaveLength(1);
      const [transfer] = nodesOfType(processes[0], dpv('Process')).filter(isTransfer);
      expect(nodesOfType(transfer, gdpr('A46-2-c'))).toHaveLength(1);
    });

    it('keeps retention as dpv:StorageDuration until an event, and says the DPO is not stated', () => {
      expect(nodesOfType(processes[0], dpv('StorageDuration')).map((node) => node['@type'])).toContainEqual([
        dpv('StorageDuration'),
        dpv('UntilEventDuration'),
      ]);
      const [dpo] = nodesOfType(document, dpv('DataProtectionOfficer'));
      expect(dpo?.[dpv('hasApplicability')]).toEqual([{ '@id': dpv('UnknownApplicability') }]);
    });
  });

  it('tells none from not stated: a notice without transfers and without a DPO says so as dpv:NotApplicable', async () => {
    const [record] = recordsIn('test/fixtures/exemplary');
    if (record === undefined) throw new Error('no exemplary notice');
    const document = await expanded(record);
    const [dpo] = nodesOfType(document, dpv('DataProtectionOfficer'));
    expect(dpo?.[dpv('hasApplicability')]).toEqual([{ '@id': dpv('NotApplicable') }]);
    const transfers = nodesOfType(document, dpv('Process')).filter(isTransfer);
    expect(transfers.length).toBeGreaterThan(0);
    for (const transfer of transfers) expect(transfer[dpv('hasApplicability')]).toEqual([{ '@id': dpv('NotApplicable') }]);
  });

  it('writes a period as an xsd:duration of a dpv:StorageDuration', async () => {
    const withPeriod = allRecords().find(({ record }) =>
      record.processingActivities.some(
        (activity) => activity.retention.status === 'given' && activity.retention.items.some((rule) => rule.period !== undefined),
      ),
    );
    if (withPeriod === undefined) throw new Error('no test notice with a retention period');
    const durations = nodesOfType(await expanded(withPeriod.record), dpv('TemporalDuration'));
    expect(durations[0]?.['http://www.w3.org/1999/02/22-rdf-syntax-ns#value']).toEqual([
      { '@value': expect.stringMatching(/^P/u), '@type': 'http://www.w3.org/2001/XMLSchema#duration' },
    ]);
  });
});
