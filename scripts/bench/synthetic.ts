// Realistic synthetic notices for the benchmark, from a fixed seed: several
// organisations, 3–12 purposes each, Finnish and English, shaped like the seed notice.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { random } from './random.ts';

const finnish =
  'henkilötietoja käsitellään asiakkaan palvelun kehittämiseksi rekisterinpitäjä markkinointi tietoja säilytetään sopimuksen perusteella verkkosivuston käyttäjät yhteystiedot asiakassuhde tilastointi viestintä luovutetaan viranomaisille palveluntarjoajille tarkoituksiin kerätään suostumuksella'.split(
    ' ',
  );
const english =
  'personal data are processed to develop the customer service controller marketing kept under the contract website users contact details relationship statistics communication disclosed to authorities service providers purposes collected with consent'.split(
    ' ',
  );

export function writeSyntheticNotices(directory: string, count: number, seed = 20261125): void {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const sentence = (words: readonly string[], length: number) => {
    const chosen = Array.from({ length }, () => pick(words)).join(' ');
    return `${chosen.charAt(0).toUpperCase()}${chosen.slice(1)}.`;
  };
  const text = (length: number) => ({ fi: sentence(finnish, length), en: sentence(english, length) });
  const paragraphs = (count: number) => ({
    fi: Array.from({ length: count }, () => sentence(finnish, between(12, 30))).join('\n\n'),
    en: Array.from({ length: count }, () => sentence(english, between(12, 30))).join('\n\n'),
  });

  rmSync(directory, { recursive: true, force: true });
  const organisations = Math.max(1, Math.ceil(count / 100));
  for (let organisation = 0; organisation < organisations; organisation += 1) {
    const folder = join(directory, `org-${organisation}`);
    mkdirSync(folder, { recursive: true });
    const entities = Array.from({ length: between(1, 3) }, (_, index) => ({
      id: `yhtio-${organisation}-${index}`,
      name: `Yhtiö ${organisation}-${index} Oy`,
      businessId: `${String(1000000 + organisation * 10 + index)}-${index}`,
    }));
    writeFileSync(
      join(folder, 'organisation.yaml'),
      `# yaml-language-server: $schema=../../../schemas/organisation.schema.json\n${stringify({
        id: `org-${organisation}`,
        name: text(3),
        contact: {
          postalAddress: { street: `Katu ${organisation + 1}`, postalCode: '00100', locality: 'Helsinki' },
          phone: '09 123 4567',
          email: `info@org${organisation}.example.fi`,
        },
        entities,
        dpo: { designated: true, contact: { email: `tietosuoja@org${organisation}.example.fi` } },
      })}`,
    );
  }
  for (let index = 0; index < count; index += 1) {
    const organisation = index % organisations;
    const categories = Array.from({ length: between(6, 14) }, (_, position) => ({
      id: `tieto-${position}`,
      kinds: [pick(['identity', 'contact', 'customer-relationship', 'contract', 'marketing-preferences'])],
      label: text(between(2, 10)),
    }));
    const notice = {
      id: `rekisteri-${index}`,
      organisation: `org-${organisation}`,
      languages: ['fi', 'en'],
      lastUpdated: `20${String(20 + (index % 6)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`,
      title: text(3),
      register: { name: text(5), referredToAs: { fi: 'Rekisteri', en: 'the Register' } },
      introduction: text(between(25, 45)),
      controllers: { entities: [`yhtio-${organisation}-0`] },
      contacts: [
        { topic: 'register', email: `rekisteri${index}@example.fi`, phone: '044 123 4567' },
        { topic: 'privacy', email: `tietosuoja${index}@example.fi` },
      ],
      provision: { requirement: 'voluntary', consequences: text(10) },
      purposes: {
        description: text(8),
        items: Array.from({ length: between(3, 12) }, (_, position) => ({
          id: `tarkoitus-${position}`,
          kinds: [pick(['marketing', 'customer-service', 'analytics', 'service-development', 'contract-performance'])],
          description: text(between(5, 30)),
          legalBasis: pick([
            { basis: 'contract' },
            { basis: 'consent', howToWithdraw: text(10) },
            { basis: 'legitimate-interests', legitimateInterest: text(12) },
          ]),
        })),
      },
      dataSubjects: {
        description: paragraphs(1),
        groups: Array.from({ length: between(2, 5) }, (_, position) => ({ id: `ryhma-${position}`, label: text(3) })),
      },
      dataCategories: { description: text(8), items: categories },
      sources: {
        description: paragraphs(2),
        items: Array.from({ length: between(2, 6) }, (_, position) => ({
          id: `lahde-${position}`,
          kind: position === 0 ? 'data-subject' : 'partners',
          label: text(3),
          publiclyAvailable: false,
          dataCategories: [categories[0]?.id ?? 'tieto-0'],
        })),
      },
      recipients: {
        items: Array.from({ length: between(2, 4) }, (_, position) => ({
          id: `vastaanottaja-${position}`,
          role: pick(['processor', 'authority', 'group-company']),
          name: `Palvelu ${position} Oy`,
          label: text(3),
          description: paragraphs(between(1, 2)),
        })),
      },
      transfers: { outsideEea: 'none', description: text(20) },
      retention: {
        rules: Array.from({ length: between(2, 4) }, () => ({
          period: pick(['P1Y', 'P2Y', 'P6M', 'P5Y']),
          until: [pick(['customer-relationship-ended', 'consent-withdrawn', 'contract-ended'])],
          description: text(between(15, 30)),
        })),
        note: text(10),
      },
      security: { measures: ['staff-training', 'access-management', 'firewalls', 'encryption-in-transit'], description: paragraphs(1) },
      automatedDecisionMaking: { automatedDecisions: false, profiling: false, description: text(12) },
      rights: {
        items: [
          { covers: ['access'], label: text(4) },
          { covers: ['rectification', 'erasure', 'restriction'], label: text(8) },
          { covers: ['objection'], label: text(5) },
        ],
        howToExercise: text(15),
        objection: text(15),
      },
      complaint: { description: text(12), authority: 'fi' },
      changes: { description: text(10) },
    };
    writeFileSync(
      join(directory, `org-${organisation}`, `rekisteri-${index}.yaml`),
      `# yaml-language-server: $schema=../../../schemas/notice.schema.json\n${stringify(notice, { lineWidth: 100 })}`,
    );
  }
}
