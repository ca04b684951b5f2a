import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { noticeRecord } from '../../src/export/index.ts';
import { emailsOf, phonesOf, purposesOf, valueIn, type Notice } from '../../src/model/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { localizedTexts, recordSchemaErrors } from '../../src/schema/index.ts';
import { normalise, renderDocument } from '../helpers/render.ts';
import { noticeDocuments } from './arbitraries.ts';

/** Loads a generated notice the way a file would be: as YAML text. */
function load(generated: { organisation: object; notice: object }): Notice {
  const project = loadProject([
    { file: 'generated/organisation.yaml', text: stringify(generated.organisation) },
    { file: 'generated/ilmoitus.yaml', text: stringify(generated.notice) },
  ]);
  expect(project.diagnostics).toEqual([]);
  return project.notices[0] as Notice;
}

const runs = { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 60) };

describe('for any valid notice', () => {
  it('every text of the YAML appears on the page of its language, and every contact fact on both', () => {
    fc.assert(
      fc.property(noticeDocuments, (generated) => {
        const notice = load(generated);
        for (const locale of ['fi', 'en']) {
          const { text } = renderDocument(notice, locale);
          for (const found of localizedTexts('notice', notice.document))
            expect(text, `${locale} ${found.pointer}`).toContain(normalise(found.text[locale] ?? ''));
          for (const contact of notice.document.contacts ?? []) {
            for (const { value } of [...emailsOf(contact), ...phonesOf(contact)]) expect(text).toContain(valueIn(value, locale, notice.languages)?.value ?? '');
          }
          expect(text).toContain(generated.organisation.contact.email);
          expect(text).toContain(generated.organisation.dpo.contact.email);
          for (const controller of notice.controllers) expect(text).toContain(valueIn(controller.name, locale, notice.languages)?.value);
        }
      }),
      runs,
    );
  });

  it('the record holds every purpose, data category, data subject group, recipient and retention rule, and validates', () => {
    fc.assert(
      fc.property(noticeDocuments, (generated) => {
        const notice = load(generated);
        const record = noticeRecord(notice);
        expect(recordSchemaErrors(record)).toEqual([]);
        const { document } = notice;
        expect(record.processingActivities.map((activity) => activity.id)).toEqual(purposesOf(notice).map((purpose) => purpose.id));
        const json = JSON.stringify(record);
        for (const value of [
          ...(document.dataCategories?.items ?? []).flatMap((category) => [category.id, category.label.fi, category.label.en]),
          ...(document.dataSubjects?.groups ?? []).flatMap((group) => [group.id, group.label.fi]),
          ...(document.recipients?.items ?? []).flatMap((recipient) => [recipient.id, recipient.label.en]),
          ...(document.retention?.rules ?? []).flatMap((rule) => [rule.period, ...(rule.until ?? [])]),
          ...(document.recipients?.items ?? []).map((recipient) => recipient.id),
          ...(document.security?.measures ?? []),
          document.lastUpdated,
          ...notice.controllers.map((controller) => (typeof controller.name === 'string' ? controller.name : controller.name['fi'])),
        ]) {
          if (value !== undefined) expect(json).toContain(JSON.stringify(value).slice(1, -1));
        }
      }),
      runs,
    );
  });

  it('renders the same output every time, and never throws', () => {
    fc.assert(
      fc.property(noticeDocuments, fc.constantFrom('fi', 'en'), (generated, locale) => {
        const first = renderDocument(load(generated), locale);
        const second = renderDocument(load(generated), locale);
        expect(second.html).toBe(first.html);
        expect(second.markdown).toBe(first.markdown);
        expect(JSON.stringify(noticeRecord(load(generated)))).toBe(JSON.stringify(noticeRecord(load(generated))));
      }),
      { numRuns: 30 },
    );
  });
});
