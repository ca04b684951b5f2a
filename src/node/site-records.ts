import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inBuildThread } from './build-thread.ts';
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

/** A copy of the store's file (the disk's own, where it can share the blocks): editing the site in place never changes the store. */
function copy(notice: PublishedNotice, name: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(join(notice.folder, name), to, constants.COPYFILE_FICLONE);
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
  if (names.every((name) => existsSync(join(notice.folder, name)))) return;
  const record = JSON.parse(read(notice, NOTICE_FILES.record)) as NoticeRecord;
  for (const [name, text] of Object.entries(recordExports(record, { siteUrl: options.siteUrl, exportedOn: options.exportedOn }))) {
    const partial = join(notice.folder, `.${name}-${process.pid}`);
    writeFileSync(partial, text);
    renameSync(partial, join(notice.folder, name));
  }
}
