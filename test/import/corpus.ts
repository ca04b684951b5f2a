import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blocksOf, importNotice, type ImportInput, type ImportResult } from '../../src/import/index.ts';
import type { OrganisationDocument } from '../../src/model/index.ts';
import { readImportFile } from '../../src/node/import-file.ts';
import { normalise, sentences } from '../helpers/render.ts';
import { fromRoot, seedOriginal } from '../helpers/paths.ts';
import { tablesNotice } from '../../scripts/make-import-docx.ts';

/** One notice of the import corpus: where its files are, how it is imported, and facts its draft must have at their places. */
export interface CorpusCase {
  readonly name: string;
  /** The document, relative to test/fixtures/import/<name>/ (or the repository, for the seed); a function makes a DOCX file. */
  readonly file: string | (() => Promise<Buffer>);
  readonly language?: string;
  readonly translation?: { readonly file: string; readonly language: string };
  readonly organisation: string;
  /** Values the draft must hold, by JSON pointer into the notice (`$organisation/…` into the organisation file). */
  readonly facts: Readonly<Record<string, unknown>>;
}

export const corpus: readonly CorpusCase[] = [
  {
    name: 'seed',
    file: seedOriginal,
    language: 'fi',
    organisation: 'pori-energia',
    facts: {
      '/lastUpdated': '2022-10-24',
      '/controllers/entities': ['pori-energia-oy', 'pori-energia-sahkoverkot-oy'],
      '$organisation/contact/postalAddress': { street: 'Radanvarsi 2', postalCode: '28100', locality: 'Pori' },
      '$organisation/contact/phone': '02 621 2050',
      '/contacts/0/email': 'viestinta@porienergia.fi',
      '/contacts/1/topic': 'privacy',
      '/legalBasis/basis': 'legitimate-interests',
      '/legalBasis/hedge': 'primarily',
      '/transfers/outsideEea': 'possible',
      '/retention/rules/1/until': ['consent-withdrawn', 'direct-marketing-prohibited'],
      '/automatedDecisionMaking/profiling': false,
    },
  },
  {
    name: 'rekisteriseloste',
    file: 'input.txt',
    organisation: 'kuntovaline-lahtinen',
    facts: {
      '/lastUpdated': '2015-03-12',
      '$organisation/entities/0/businessId': '2345678-0',
      '$organisation/contact/postalAddress': { street: 'Teollisuuskatu 14', postalCode: '33100', locality: 'Tampere' },
      '/contacts/0/name': 'Matti Lahtinen',
      '/legalBasis/law': { number: '523/1999', section: '8' },
      '/recipients/none': undefined,
      '/transfers/outsideEea': 'none',
      '/rights/items/0/covers': ['access'],
      '/rights/items/1/covers': ['rectification'],
    },
  },
  {
    name: 'gdpr-markdown',
    file: 'input.md',
    organisation: 'lumo',
    facts: {
      '/lastUpdated': '2024-02-05',
      '$organisation/entities/0/businessId': '3141593-8',
      '/contacts/0/topic': 'privacy',
      '/legalBasis/bases/0/basis': 'contract',
      '/legalBasis/bases/1/basis': 'legal-obligation',
      '/legalBasis/bases/2/basis': 'consent',
      '/transfers/destinations/0': { countries: ['US'], mechanism: 'standard-contractual-clauses' },
      '/retention/rules/0/period': 'P2Y',
      '/retention/rules/0/after': ['customer-relationship-ended'],
      '/retention/rules/1/period': 'P6Y',
      '/automatedDecisionMaking/automatedDecisions': false,
    },
  },
  {
    name: 'verkkosivu',
    file: 'input.html',
    organisation: 'teatteri-aalto',
    facts: {
      '/lastUpdated': '2023-09-03',
      '/title/fi': 'Uutiskirjeen tietosuojaseloste',
      '/contacts/0/name': 'Liisa Korhonen',
      '/legalBasis/basis': 'consent',
      '/transfers/outsideEea': 'none',
      '/retention/rules/0/until': ['consent-withdrawn'],
    },
  },
  {
    name: 'docx-taulukot',
    file: tablesNotice,
    organisation: 'kipina',
    facts: {
      '/lastUpdated': '2021-02-01',
      '/contacts/0/name': 'Pekka Mäkinen',
      '/dataCategories/items/0/label/fi': 'Perustiedot',
      '/legalBasis/law': { number: '503/1989', section: '11' },
      '/retention/rules/0/period': 'P2Y',
    },
  },
  {
    name: 'english',
    file: 'input.txt',
    language: 'en',
    organisation: 'northwind',
    facts: {
      '/lastUpdated': '2024-03-01',
      '$organisation/entities/0/businessId': '1572860-0',
      '/legalBasis/bases/0/basis': 'contract',
      '/legalBasis/bases/1/basis': 'legitimate-interests',
      '/transfers/outsideEea': 'none',
      '/retention/rules/0/period': 'P2Y',
      '/automatedDecisionMaking/profiling': false,
    },
  },
  {
    name: 'svenska',
    file: 'input.txt',
    organisation: 'skargardsseglarna',
    facts: {
      '/languages': ['sv'],
      '/lastUpdated': '2023-01-15',
      '$organisation/entities/0/businessId': '0201256-6',
      '/legalBasis/law': { number: '503/1989', section: '11' },
      '/recipients/none': true,
      '/transfers/outsideEea': 'none',
      '/retention/rules/0/period': 'P1Y',
    },
  },
  {
    name: 'kieliparit',
    file: 'input.fi.txt',
    language: 'fi',
    translation: { file: 'input.en.txt', language: 'en' },
    organisation: 'virta',
    facts: {
      '/languages': ['fi', 'en'],
      '/purposes/items/0/description/en': 'We organise customer events and send invitations to them.',
      '/contacts/0/email': { fi: 'tapahtumat@virta.example', en: 'events@virta.example' },
      '/legalBasis/basis': 'consent',
      '/retention/rules/0/period': 'P3M',
      '/rights/items/1/covers': ['withdraw-consent'],
    },
  },
  {
    name: 'kaksi-rekisterinpitajaa',
    file: 'input.txt',
    organisation: 'lahde',
    facts: {
      '/controllers/entities': ['kuntoutussaatio-lahde-sr', 'tutkimuskeskus-arvio-oy'],
      '$organisation/entities/0/contact/email': 'kirjaamo@lahde-saatio.example',
      '$organisation/entities/1/businessId': '7654321-9',
      '$organisation/entities/1/contact/postalAddress': { poBox: '45', postalCode: '00251', locality: 'Helsinki' },
      '/legalBasis/bases/0/basis': 'legitimate-interests',
      '/legalBasis/bases/1/basis': 'public-task',
      '/retention/rules/0/atLatest': true,
    },
  },
];

/** Where a case's files are. */
export function caseFolder(name: string): string {
  return fromRoot(`test/fixtures/import/${name}`);
}

/** A case's document as the importer reads it (a DOCX file through mammoth, as the command does). */
export async function caseInput(entry: CorpusCase): Promise<ImportInput> {
  if (typeof entry.file === 'function') {
    const folder = mkdtempSync(join(tmpdir(), 'seloste-import-'));
    const path = join(folder, `${entry.name}.docx`);
    writeFileSync(path, await entry.file());
    const read = await readImportFile(path, folder);
    return { file: `${entry.name}.docx`, text: read.text, format: read.format, ...(entry.language === undefined ? {} : { language: entry.language }) };
  }
  const path = entry.name === 'seed' ? fromRoot(entry.file) : join(caseFolder(entry.name), entry.file);
  const read = await readImportFile(path, '/');
  return { file: entry.file, text: read.text, format: read.format, ...(entry.language === undefined ? {} : { language: entry.language }) };
}

/** Imports a case as `seloste import` would, into a folder without an organisation file. */
export async function importCase(entry: CorpusCase, existing?: OrganisationDocument): Promise<{ inputs: ImportInput[]; result: ImportResult }> {
  const input = await caseInput(entry);
  const translation =
    entry.translation === undefined
      ? undefined
      : {
          file: entry.translation.file,
          text: readFileSync(join(caseFolder(entry.name), entry.translation.file), 'utf8'),
          format: 'text' as const,
          language: entry.translation.language,
        };
  const result = importNotice(input, {
    id: 'draft',
    organisation: { id: entry.organisation, ...(existing === undefined ? {} : { existing }) },
    ...(translation === undefined ? {} : { translation }),
  });
  return { inputs: [input, ...(translation === undefined ? [] : [translation])], result };
}

/** Every string of a value, white space collapsed, joined. */
export function allText(...values: unknown[]): string {
  const strings: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  return normalise(strings.join('\n'));
}

/**
 * The sentences of the original that the draft does not have: each sentence
 * of every block must be in one of the draft's texts, unless the import used
 * its line as structure (a heading, a label, the date line) or as facts only,
 * in which case each word of the line must be among the draft's values.
 */
export function lostSentences(inputs: readonly ImportInput[], result: ImportResult): string[] {
  const text = allText(result.notice, result.organisation);
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}@.-]+/u));
  const structure = new Set(result.report.structure.map(normalise));
  const factLines = new Set(result.report.factLines.map(normalise));
  const lost: string[] = [];
  for (const input of inputs) {
    for (const block of blocksOf(input)) {
      for (const line of (block.cells ?? block.text.split('\n')).map((part) => normalise(part.replace(/^\d{1,2}(\.\d{1,2})*\.?\s+/u, '')))) {
        if (line === '' || structure.has(line) || [...structure].some((entry) => normalise(entry.replace(/^\d{1,2}(\.\d{1,2})*\.?\s+/u, '')) === line))
          continue;
        if (factLines.has(line) || [...factLines].some((entry) => entry.includes(line))) {
          const missing = line
            .toLowerCase()
            .split(/[^\p{L}\p{N}@.-]+/u)
            .map((word) => word.replace(/\.$/u, ''))
            .filter(
              (word) =>
                word.length > 2 &&
                !words.has(word) &&
                !/^(puh|puhelin|sähköposti|osoite|tel|email|phone|y-tunnus|business|id|käyntiosoite|fo-nummer|e-post|nimi|name)$/u.test(word),
            );
          if (missing.length > 0) lost.push(`${line} (${missing.join(', ')})`);
          continue;
        }
        for (const sentence of sentences(line)) if (!text.includes(sentence)) lost.push(sentence);
      }
    }
  }
  return lost;
}
