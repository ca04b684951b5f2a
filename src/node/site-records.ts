import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inBuildThread } from './build-thread.ts';
import { linkOrCopy, sameStamp, stampOf, type FileStamp } from './file-stamps.ts';
import type { NoticeRecord } from '../export/index.ts';
import {
  NOTICE_FILES,
  recordExports,
  recordIndexJson,
  recordsCsvText,
  type PublishedNotice,
  type PublishedSite,
  type PublishOptions,
} from '../publish/index.ts';

/** Where the record index and the spreadsheet go in the site. */
const INDEX_FILE = 'records/index.json';
const SPREADSHEET_FILE = 'records/records.csv';

/**
 * Writes the records into the built site (`dir`): each notice's record, DPV
 * JSON-LD and TILT documents as its files hold them, the record index and the spreadsheet of
 * them all. Done by the site's integration (in a thread of its own while
 * Astro makes the pages, see {@link recordsInThread}), as Astro's sitemap
 * writes its files: they are data, not pages.
 */
export function writeRecords(site: PublishedSite, dir: string): void {
  for (const notice of site.notices) {
    withExports(notice, site);
    const { record, dpv, tilt } = notice.published;
    copy(notice, NOTICE_FILES.record, join(dir, record.file));
    copy(notice, NOTICE_FILES.dpv, join(dir, dpv.file));
    tilt.forEach((document, index) => copy(notice, NOTICE_FILES.tilt(index), join(dir, document.file)));
  }
  write(
    join(dir, INDEX_FILE),
    recordIndexJson(site, (notice) => read(notice, NOTICE_FILES.record)),
  );
  write(
    join(dir, SPREADSHEET_FILE),
    recordsCsvText(site, (notice) => read(notice, NOTICE_FILES.csvRows)),
  );
}

/** The notice's file in the site: the same file where it can be (the store checks its stamps before it trusts it again). */
function copy(notice: PublishedNotice, name: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  linkOrCopy(join(notice.folder, name), to);
}

function read(notice: PublishedNotice, name: string): string {
  return readFileSync(join(notice.folder, name), 'utf8');
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Writes the records (see {@link writeRecords}) into `dir` in a thread of its own, for the build to wait for when it needs them. */
export function recordsInThread(site: PublishedSite, dir: string): Promise<void> {
  return inBuildThread<undefined>({ records: { site, dir } });
}

/**
 * Makes the notice's DPV JSON-LD and TILT documents from its record's file,
 * unless its folder has them from an earlier build: written beside the
 * record, each under a name of its own first, then moved into place.
 */
function withExports(notice: PublishedNotice, options: PublishOptions): void {
  const names = [NOTICE_FILES.dpv, ...notice.published.tilt.map((_, index) => NOTICE_FILES.tilt(index))];
  const stamps = readStamps(join(notice.folder, EXPORT_STAMPS));
  if (names.every((name) => sameStamp(stampOf(join(notice.folder, name)), stamps[name]))) return;
  const record = JSON.parse(read(notice, NOTICE_FILES.record)) as NoticeRecord;
  const written: Record<string, FileStamp | undefined> = {};
  for (const [name, text] of Object.entries(recordExports(record, { siteUrl: options.siteUrl, exportedOn: options.exportedOn }))) {
    const partial = join(notice.folder, `.${name}-${process.pid}`);
    writeFileSync(partial, text);
    written[name] = stampOf(partial);
    renameSync(partial, join(notice.folder, name));
  }
  writeFileSync(join(notice.folder, EXPORT_STAMPS), JSON.stringify(written));
}

/** The stamps of a notice's DPV and TILT files as they were made, beside them. */
const EXPORT_STAMPS = 'exports.json';

function readStamps(file: string): Readonly<Record<string, FileStamp>> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, FileStamp>;
  } catch {
    return {};
  }
}
