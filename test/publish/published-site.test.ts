import { describe, expect, it } from 'vitest';
import { recordAt, recordIndex, recordIndexAt, recordsCsv } from '../../src/export/index.ts';
import { processFromDisk } from '../../src/node/index.ts';
import { NOTICE_FILES, organisationsIndex, publishedSite, publishNotice, recordIndexJson, recordsCsvText, siteRoot } from '../../src/publish/index.ts';
import { root } from '../helpers/paths.ts';

// Notices of three organisations, in three languages, some with several controllers (several TILT documents).
const { project, site } = processFromDisk(['notices', 'test/fixtures/patterns', 'test/fixtures/swedish'], { cwd: root, render: true });

describe('the site as published from the notices’ files', () => {
  if (site === undefined) throw new Error('the notices did not render');
  const siteUrl = siteRoot('https://www.example.fi/tietosuoja').href;
  const published = site.notices.map((notice) => publishNotice(notice, { siteUrl }));
  const files = new Map(published.map(({ notice, files: texts }) => [notice.id, texts]));
  const publishedIndex = publishedSite(
    site,
    published.map(({ notice }) => ({ ...notice, folder: notice.id })),
    organisationsIndex(project.organisations.map((organisation) => organisation.document)),
    { siteUrl, exportedOn: '2026-01-01' },
  );
  const text = (id: string, name: string) => files.get(id)?.[name] ?? '';

  it('has a record index that is the index of the records, written as JSON writes it, records and all', () => {
    expect(site.notices.length).toBeGreaterThan(5);
    const records = site.notices.map((notice) => notice.record);
    const expected = `${JSON.stringify(
      recordIndexAt(
        recordIndex(
          project.organisations.map((organisation) => organisation.document),
          records,
        ),
        siteUrl,
      ),
      null,
      2,
    )}\n`;
    expect(recordIndexJson(publishedIndex, (notice) => text(notice.id, NOTICE_FILES.record))).toBe(expected);
  });

  it('has the spreadsheet of every record, header and rows, as the spreadsheet of them all is written', () => {
    const records = site.notices.map((notice) => recordAt(notice.record, siteUrl));
    expect(recordsCsvText(publishedIndex, (notice) => text(notice.id, NOTICE_FILES.csvRows))).toBe(recordsCsv(records, 'fi'));
  });

  it('keeps each record as its file, with the site’s address in it', () => {
    for (const notice of site.notices) {
      expect(text(notice.id, NOTICE_FILES.record)).toBe(`${JSON.stringify(recordAt(notice.record, siteUrl), null, 2)}\n`);
      expect(text(notice.id, NOTICE_FILES.record)).toContain('https://www.example.fi/tietosuoja/');
    }
  });
});
