import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffNotices, type NoticeDiff } from '../../src/diff/index.ts';
import type { LocaleTexts } from '../../src/i18n/index.ts';
import type { Notice, NoticeDocument, OrganisationDocument } from '../../src/model/index.ts';
import { defaultTranslator } from '../../src/node/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { addKeywordsAndFormats } from '../../src/schema/ajv-setup.ts';
import { fromRoot } from '../helpers/paths.ts';

/** A change to a version: edits the notice and its organisation file in place. */
export type Edit = (notice: NoticeDocument, organisation: OrganisationDocument) => void;

/** The fixtures a version starts from: the exemplary notice (fi, en) or the minimal one. */
const bases = {
  exemplary: { notice: 'test/fixtures/exemplary/uutiskirje.yaml', organisation: 'test/fixtures/exemplary/organisation.yaml' },
  minimal: { notice: 'test/fixtures/minimal/asiakasrekisteri.yaml', organisation: 'test/fixtures/minimal/organisation.yaml' },
} as const;

/** The texts of a version of a fixture with an edit made: the notice's and its organisation file's YAML. */
export function versionTexts(edit: Edit = () => {}, base: keyof typeof bases = 'exemplary'): { notice: string; organisation: string } {
  const notice = parse(readFileSync(fromRoot(bases[base].notice), 'utf8')) as NoticeDocument;
  const organisation = parse(readFileSync(fromRoot(bases[base].organisation), 'utf8')) as OrganisationDocument;
  edit(notice, organisation);
  return { notice: stringify(notice), organisation: stringify(organisation) };
}

/** A version as a notice, read from `<folder>/`: it must be valid, or the test fails with its problems. */
export function version(edit: Edit = () => {}, folder = 'new', base: keyof typeof bases = 'exemplary'): Notice {
  const texts = versionTexts(edit, base);
  const project = loadProject([
    { file: `${folder}/organisation.yaml`, text: texts.organisation },
    { file: `${folder}/notice.yaml`, text: texts.notice },
  ]);
  expect(project.diagnostics).toEqual([]);
  return project.notices[0] as Notice;
}

/** The diff of two versions of a fixture: `old/notice.yaml` with one edit, `new/notice.yaml` with another. */
export function diffOf(edit: Edit, before: Edit = () => {}, base: keyof typeof bases = 'exemplary'): NoticeDiff {
  return diffNotices(version(before, 'old', base), version(edit, 'new', base));
}

/** The standard texts of a locale. */
export function textsIn(locale: string): LocaleTexts {
  return defaultTranslator().forLocale(locale);
}

/** The validator of `schemas/diff.schema.json`: the errors of a document, none when it is valid. */
export function diffSchemaErrors(document: unknown): unknown[] {
  const ajv = addKeywordsAndFormats(new Ajv2020({ allErrors: true, strict: true }));
  const validate = ajv.compile(JSON.parse(readFileSync(fromRoot('schemas/diff.schema.json'), 'utf8')) as object);
  return validate(document) ? [] : (validate.errors ?? []);
}
