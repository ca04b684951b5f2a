import { readdirSync, readFileSync } from 'node:fs';
import { noticeRecord, type NoticeRecord } from '../../src/export/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { fromRoot } from '../helpers/paths.ts';

/** The folders of the seed and of every test notice the exports are checked on. */
export const NOTICE_FOLDERS: readonly string[] = [
  'notices',
  'test/fixtures/exemplary',
  'test/fixtures/minimal',
  'test/fixtures/swedish',
  'test/fixtures/untranslated',
  // every field filled with texts that are hard on formats: quotes, commas, line breaks, markup
  'test/fixtures/hostile-texts',
  ...readdirSync(fromRoot('test/fixtures/patterns')).map((folder) => `test/fixtures/patterns/${folder}`),
];

/** Every notice's record in a folder, read through the pure core. */
export function recordsIn(folder: string): NoticeRecord[] {
  const files = readdirSync(fromRoot(folder), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file: `${folder}/${file}`, text: readFileSync(fromRoot(`${folder}/${file}`), 'utf8') }));
  return loadProject(files).notices.map(noticeRecord);
}

/** The record of every notice in {@link NOTICE_FOLDERS}, with the folder it is in. */
export function allRecords(): { readonly folder: string; readonly record: NoticeRecord }[] {
  return NOTICE_FOLDERS.flatMap((folder) => recordsIn(folder).map((record) => ({ folder, record })));
}

/** The seed's record. */
export function seedRecord(): NoticeRecord {
  const [seed] = recordsIn('notices');
  if (seed === undefined) throw new Error('The seed notice did not load');
  return seed;
}

/** The terms of the DPV 2.2 term lists in test/fixtures/dpv/, by IRI. */
export function dpvTermIris(): ReadonlySet<string> {
  const iris = new Set<string>();
  for (const file of ['dpv.csv', 'pd.csv', 'eu-gdpr.csv']) {
    const [, ...rows] = readFileSync(fromRoot(`test/fixtures/dpv/${file}`), 'utf8').split('\n');
    for (const row of rows) if (row !== '') iris.add(row.slice(0, row.indexOf(',')));
  }
  return iris;
}
