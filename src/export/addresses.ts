/**
 * Where the site publishes a notice's pages, its record and the record's
 * exports. Without a site address, a path from the site's root
 * (`/records/<notice>.json`); with one, the full address, keeping a path the
 * site is published under (`https://www.example.fi/tietosuoja/records/…`).
 */

/** The record schema's path in the published site. */
export const RECORD_SCHEMA_FILE = 'schemas/record.schema.json';

/** The `$schema` of a record made without a site address: the schema beside `records/`, where the site publishes both. */
export const RELATIVE_RECORD_SCHEMA = `../${RECORD_SCHEMA_FILE}`;

/** The folder of the records and their exports in the published site. */
export const RECORDS_FOLDER = 'records';

/** The register-of-processing spreadsheet's path in the published site. */
export const SPREADSHEET_FILE = `${RECORDS_FOLDER}/records.csv`;

/** A file of the site and its address. */
export interface PublishedFile {
  /** The path in the published site, e.g. `records/<notice>.json`. */
  readonly file: string;
  /** The full address where the site address is known, else the path from the site's root. */
  readonly url: string;
}

/** A path of the site (`records/x.json`) as an address: full under `siteUrl`, else from the site's root. */
export function siteAddress(path: string, siteUrl: string | undefined): string {
  if (siteUrl === undefined) return `/${path}`;
  const base = new URL(siteUrl);
  base.pathname = base.pathname.replace(/\/?$/u, '/');
  return new URL(path, base).href;
}

/** A site's file with its address. */
export function publishedFile(file: string, siteUrl: string | undefined): PublishedFile {
  return { file, url: siteAddress(file, siteUrl) };
}

/** The `$schema` of a record: the published schema's full address where the site address is known, else relative to `records/`. */
export function recordSchemaAddress(siteUrl: string | undefined): string {
  return siteUrl === undefined ? RELATIVE_RECORD_SCHEMA : siteAddress(RECORD_SCHEMA_FILE, siteUrl);
}

/** A notice's web address in each language where it differs from its id (the notice's `slug`). */
export type NoticeSlugs = Readonly<Record<string, string>>;

/** The path of a notice's page in a language from the site's root: `/<language>/<slug>/`, with the notice's slug for the language, else its id. */
export function noticePagePath(id: string, language: string, slugs: NoticeSlugs | undefined): string {
  return `/${language}/${slugs?.[language] ?? id}/`;
}

/** A notice's page in each of its languages: {@link noticePagePath}, or full addresses under `siteUrl`. */
export function noticePages(id: string, languages: readonly string[], slugs: NoticeSlugs | undefined, siteUrl: string | undefined): Record<string, string> {
  return Object.fromEntries(languages.map((language) => [language, siteAddress(noticePagePath(id, language, slugs).slice(1), siteUrl)]));
}

/** The path of a notice's record in the published site. */
export function recordFile(id: string): string {
  return `${RECORDS_FOLDER}/${id}.json`;
}

/** The path of a notice's DPV JSON-LD in the published site. */
export function dpvFile(id: string): string {
  return `${RECORDS_FOLDER}/${id}.jsonld`;
}

/**
 * The path of a TILT document in the published site: `<notice>.tilt.json`
 * for a notice's only controller, `<notice>.<controller>.tilt.json` for each
 * of several, named by the key {@link tiltDocuments} gives it.
 */
export function tiltFile(id: string, controllerKey: string | undefined): string {
  return `${RECORDS_FOLDER}/${controllerKey === undefined ? id : `${id}.${controllerKey}`}.tilt.json`;
}
