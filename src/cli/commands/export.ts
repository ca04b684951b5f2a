import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CSV_LANGUAGES, dpvDocument, noticeRecord, recordAt, recordsCsv, tiltDocuments, type NoticeRecord, type TiltExport } from '../../export/index.ts';
import type { Notice } from '../../model/index.ts';
import { loadProjectConfig } from '../../node/load-config.ts';
import { DEFAULT_NOTICE_PATHS } from '../../node/load-notices.ts';
import { displayPath } from '../../node/read-files.ts';
import type { Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { loadValidProject } from '../load.ts';
import { warnWhenNoNotices } from '../no-notices.ts';
import { chooseSiteAddress } from '../site-url.ts';
import { today } from '../today.ts';
import { EXIT, oneOf, parseCommandArgs, UsageError } from '../usage.ts';

const FORMATS = ['dpv', 'tilt', 'csv'] as const;

export const command: Command = {
  usage: 'export --format dpv|tilt|csv [paths…] [--lang fi|en] [--out <file>] [--site <url>]',
  summary: 'Print the records of processing for compliance tools: DPV JSON-LD, TILT or a spreadsheet',
  help: `Prints the records of processing of the notices (default: notices/) in a
format compliance tools take as it is, made from the same record as
\`seloste record\`:
  --format dpv   W3C Data Privacy Vocabulary (DPV 2.2) JSON-LD: one document
                 per notice, a dpv:Process per processing activity (a JSON
                 array of documents for several notices)
  --format tilt  TILT (Transparency Information Language) documents, one per
                 controller of each notice, each valid against the TILT
                 schema (a JSON array when there are several)
  --format csv   a register-of-processing spreadsheet: one row per
                 processing activity, columns after GDPR Art. 30(1)(a)–(g),
                 UTF-8 with a byte-order mark

The vocabularies map to DPV as src/export/dpv/mapping.json says
(docs/record.md lists it). Where a notice does not state something TILT
requires, the field holds a placeholder (“Not stated in the notice”, the
country ZZ, an address under .invalid, TILT's default for a yes-or-no) that
its object lists in \`_notStated\`, and a warning names it: the notice
says nothing there, and nothing is made up for it.

Options:
  --format dpv|tilt|csv  the format (required)
  --lang fi|en           the language of the spreadsheet's headers and words
                         (default: fi); texts are the notice's own, in that
                         language where it has them
  --out <file>           write to a file instead of standard output
  --site <url>           the address the site is published at, for full
                         addresses of pages, records and schemas (default:
                         SELOSTE_SITE_URL, else site.url of
                         seloste.config.yaml; without one, addresses are
                         paths from the site's root)
  -h, --help             show this help

Exit codes: 0 written (warnings may be printed), 1 a notice is invalid, 2
usage error.
`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      site: { type: 'string' },
    });
    if (values.format === undefined)
      throw new UsageError(`Missing --format; expected one of ${FORMATS.join(', ')}, e.g. \`seloste export --format dpv notices/\``);
    const format = oneOf('format', values.format, FORMATS, 'dpv');
    const lang = oneOf('lang', values.lang, CSV_LANGUAGES, 'fi');
    if (values.lang !== undefined && format !== 'csv')
      throw new UsageError('Unexpected --lang for --format ' + format + '; only the spreadsheet (--format csv) has headers in one language');
    const { config } = loadProjectConfig(io.cwd);
    const siteUrl = chooseSiteAddress(values.site, process.env['SELOSTE_SITE_URL'], config.siteUrl).url;
    const paths = positionals.length > 0 ? positionals : DEFAULT_NOTICE_PATHS;
    const project = loadValidProject(paths, io);
    if (project === undefined) return EXIT.invalidInput;
    warnWhenNoNotices(project, paths, io);
    const records = project.notices.map((notice) => [notice, siteUrl === undefined ? noticeRecord(notice) : recordAt(noticeRecord(notice), siteUrl)] as const);
    const output = exported(format, records, { lang, siteUrl, io });
    if (values.out === undefined) io.stdout(output);
    else writeOutput(values.out, output, io);
    return EXIT.ok;
  },
};

/** The text of the export: JSON ends with a line break, as `seloste record` prints it. */
function exported(
  format: (typeof FORMATS)[number],
  records: readonly (readonly [Notice, NoticeRecord])[],
  options: { lang: (typeof CSV_LANGUAGES)[number]; siteUrl: string | undefined; io: CliIo },
): string {
  const { lang, siteUrl, io } = options;
  const site = siteUrl === undefined ? {} : { siteUrl };
  if (format === 'csv')
    return recordsCsv(
      records.map(([, record]) => record),
      lang,
    );
  if (format === 'dpv') return json(oneOrList(records.map(([, record]) => dpvDocument(record, site))));
  const documents = records.flatMap(([notice, record]) => {
    const exports = tiltDocuments(record, { ...site, exportedOn: today() });
    for (const tilt of exports) warnNotStated(notice, tilt, io);
    return exports.map((tilt) => tilt.document);
  });
  return json(oneOrList(documents));
}

function oneOrList<T>(items: readonly T[]): T | readonly T[] {
  return items.length === 1 ? (items[0] as T) : items;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One warning per TILT document: the fields TILT requires that the notice does not state, each kind once (`dataDisclosed[].storage[].aggregationFunction`). */
function warnNotStated(notice: Notice, tilt: TiltExport, io: CliIo): void {
  if (tilt.notStated.length === 0) return;
  const fields = [
    ...new Set(
      tilt.notStated.map(
        (pointer) =>
          pointer
            .slice(1)
            .replace(/\/\d+(?=\/|$)/gu, '[]')
            .replaceAll('/', '.') || '(document)',
      ),
    ),
  ];
  const which = tilt.controller === undefined ? 'TILT document' : `TILT document for controller ${tilt.controller}`;
  io.stderr(
    `${displayPath(resolve(io.cwd, notice.source.file), io.cwd)}: warning: ${which}: not stated in the notice, so placeholders listed in \`_notStated\`: ${fields.join(', ')}\n`,
  );
}

/** Writes the export to `--out`; a file that cannot be written is a usage error. */
function writeOutput(file: string, text: string, io: CliIo): void {
  try {
    writeFileSync(resolve(io.cwd, file), text);
  } catch (error) {
    throw new UsageError(`Cannot write --out ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
