import {
  csvHeader,
  dpvDocument,
  publishedFiles,
  recordAt,
  recordCsvRows,
  recordIndex,
  recordIndexAt,
  tiltDocuments,
  type NoticeRecord,
  type RecordIndex,
} from '../export/index.ts';
import type { DeepReadonly, OrganisationDocument } from '../model/index.ts';
import type { NoticePage, SiteData, SiteNotice, SiteVersion } from './site-data.ts';
import { NOTICE_FILES } from './site-names.ts';

/** Where the site is published when no address is set: a placeholder, warned about by `seloste build`. */
const PLACEHOLDER_ADDRESS = 'https://tietosuoja.example.fi/';

/** The address the site is published at, its path ending in `/` (a site under `/tietosuoja` keeps it in every link); the placeholder when none is set. */
export function siteRoot(siteUrl: string | undefined): URL {
  const root = new URL(siteUrl ?? PLACEHOLDER_ADDRESS);
  root.pathname = root.pathname.replace(/\/?$/u, '/');
  return root;
}

/** The parts of a notice page that only its own page shows: kept in the notice's files, read by the page that shows them. */
export type PageParts = Pick<NoticePage, 'headerHtml' | 'summaryHtml' | 'contentsHtml' | 'sectionsHtml'>;

/** What lists of notices, addresses and the sitemap need of a page: everything but its parts. */
export type PageSummary = Omit<NoticePage, keyof PageParts>;

/**
 * A notice as the site publishes it: what the site's lists and addresses
 * need, in memory, and the texts of its pages and records in files of its
 * own (see {@link noticeFiles}), which each page reads when it is made.
 */
export interface PublishedNotice {
  readonly id: string;
  readonly organisationId: string;
  readonly languages: readonly string[];
  readonly pages: Readonly<Record<string, PageSummary>>;
  readonly versions?: readonly SiteVersion[];
  /** The files the site publishes for the notice (its record, DPV JSON-LD and TILT documents), as the record index lists them. */
  readonly published: RecordIndex['records'][number];
  /** The folder holding the notice's files. */
  readonly folder: string;
  /** What the notice's files were made from (its sources and seloste's settings), where they were kept between builds: an unchanged key is an unchanged notice. */
  readonly key?: string;
}

/** The site as Astro is given it: the notices as published, and what every page shares. */
export interface PublishedSite extends Omit<SiteData, 'notices' | 'recordIndex'> {
  readonly notices: readonly PublishedNotice[];
  /** The record index without its records, which come from the notices' files (see {@link recordIndexJson}). */
  readonly recordIndex: RecordIndex;
  /** The site's address the files were made for. */
  readonly siteUrl: string;
  /** The date the records are exported on (YYYY-MM-DD), which TILT documents carry. */
  readonly exportedOn: string;
  /** Notices whose pages the previous build published as this one would: the build keeps those pages, and Astro does not make them again. */
  readonly unchanged?: readonly string[];
  /** The store the notices' files are kept in between builds (see src/node/notice-store.ts), where they are. */
  readonly store?: string;
  /** Whether the build makes every page again (`seloste build --fresh`), whatever the previous site has. */
  readonly fresh?: boolean;
  /** When the notices were read into the store (milliseconds since 1970), for removing the entries no build has used for a while. */
  readonly preparedAt?: number;
}

/** What the published texts say of the date they were exported on and where the site is. */
export interface PublishOptions {
  /** The site's address, as {@link siteRoot} gives it. */
  readonly siteUrl: string;
  /** Today's date (YYYY-MM-DD), which TILT documents carry. */
  readonly exportedOn: string;
}

/**
 * A notice's files, as the site publishes them (byte for byte: the record,
 * the DPV JSON-LD, each TILT document and the notice's rows of the
 * spreadsheet), and each page's parts; with what the site needs of it in
 * memory. Made where the notice is rendered (in a build thread), so that the
 * texts never travel between threads or through Astro's module graph.
 */
export function publishNotice(
  notice: SiteNotice,
  options: Pick<PublishOptions, 'siteUrl'>,
): { notice: Omit<PublishedNotice, 'folder'>; files: Record<string, string> } {
  const record = recordAt(notice.record, options.siteUrl);
  const files: Record<string, string> = {
    [NOTICE_FILES.record]: json(record),
    [NOTICE_FILES.csvRows]: recordCsvRows(record, 'fi'),
  };
  const pages: Record<string, PageSummary> = {};
  for (const [locale, page] of Object.entries(notice.pages)) {
    const { headerHtml, summaryHtml, contentsHtml, sectionsHtml, ...summary } = page;
    pages[locale] = summary;
    files[NOTICE_FILES.page(locale)] = JSON.stringify({ headerHtml, summaryHtml, contentsHtml, sectionsHtml } satisfies PageParts);
  }
  return {
    notice: {
      id: notice.id,
      organisationId: notice.organisationId,
      languages: notice.languages,
      pages,
      ...(notice.versions === undefined ? {} : { versions: notice.versions }),
      published: publishedFiles(notice.record, options.siteUrl),
    },
    files,
  };
}

/**
 * The notice's record as the W3C DPV JSON-LD and as TILT documents, from the
 * record as published (its file, {@link NOTICE_FILES}): made while Astro
 * makes the pages, by the thread that puts the records in place, and kept
 * beside the record.
 */
export function recordExports(record: NoticeRecord, options: PublishOptions): Record<string, string> {
  const files: Record<string, string> = { [NOTICE_FILES.dpv]: json(dpvDocument(record, { siteUrl: options.siteUrl })) };
  tiltDocuments(record, { siteUrl: options.siteUrl, exportedOn: options.exportedOn }).forEach(({ document }, index) => {
    files[NOTICE_FILES.tilt(index)] = json(document);
  });
  return files;
}

/** The published site from its notices, in the order they come, and the organisations' part of the record index (see {@link organisationsIndex}). */
export function publishedSite(
  site: Omit<SiteData, 'notices' | 'recordIndex'>,
  notices: readonly PublishedNotice[],
  index: RecordIndex,
  options: PublishOptions,
): PublishedSite {
  return { ...site, notices, recordIndex: index, ...options };
}

/** The record index of the organisations without their notices' records, which the published site takes from the notices' files. */
export function organisationsIndex(organisations: readonly DeepReadonly<OrganisationDocument>[]): RecordIndex {
  return recordIndex(organisations, []);
}

/**
 * The record index as the site publishes it (`records/index.json`): every
 * notice's record, by organisation, with the files published for each. The
 * records are the notices' own files, placed as they are: the index is the
 * same text `JSON.stringify` would make of it, without reading them back.
 */
export function recordIndexJson(site: PublishedSite, recordText: (notice: PublishedNotice) => string): string {
  const byId = new Map(site.notices.map((notice) => [notice.id, notice]));
  const shell = recordIndexAt(site.recordIndex, site.siteUrl);
  const organisations = shell.organisations.map(({ notices: _, ...organisation }) => ({
    ...organisation,
    notices: site.notices.filter((notice) => notice.organisationId === organisation.id).map((notice) => `${PLACE}${notice.id}`),
  }));
  const records = organisations.flatMap((organisation) => organisation.notices.map((place) => byId.get(place.slice(PLACE.length))?.published));
  const text = json({ ...shell, organisations, records });
  return text.replace(PLACEHOLDER_LINE, (_, indent: string, id: string) => {
    const notice = byId.get(JSON.parse(`"${id}"`) as string);
    if (notice === undefined) throw new Error(`No notice ${id} in the record index`);
    return recordText(notice).trimEnd().replaceAll('\n', `\n${indent}`).replace(/^/u, indent);
  });
}

/** The spreadsheet of every notice's processing activities (`records/records.csv`), from the notices' rows. */
export function recordsCsvText(site: PublishedSite, rows: (notice: PublishedNotice) => string): string {
  return `${csvHeader('fi')}${site.notices.map(rows).join('')}`;
}

/** Where a record goes in the index while it is made: a string no record id holds (ids are names of files). */
const PLACE = '\u0000';

/** A placeholder on its own line of the index, with its indentation and the notice's id as JSON writes them. */
const PLACEHOLDER_LINE = /^( *)"\\u0000((?:[^"\\]|\\.)*)"/gmu;

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
