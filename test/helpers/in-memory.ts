import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Notice } from '../../src/model/index.ts';
import { loadProject, type Project } from '../../src/project/index.ts';
import { fromRoot } from './paths.ts';

/** The minimal fixture's texts, to change in a test: its organisation file and its notice. */
export const minimal = {
  organisation: readFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), 'utf8'),
  notice: readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8'),
};

/** A notice and its organisation loaded from texts, as two files in one folder would be. */
export function loadTexts(noticeText: string, organisationText = minimal.organisation): Project {
  return loadProject([
    { file: 'a/organisation.yaml', text: organisationText },
    { file: 'a/notice.yaml', text: noticeText },
  ]);
}

/** The notice of those texts, which must be valid: the test fails with the diagnostics otherwise. */
export function validNotice(noticeText: string, organisationText = minimal.organisation): Notice {
  const project = loadTexts(noticeText, organisationText);
  expect(project.diagnostics).toEqual([]);
  return project.notices[0] as Notice;
}
