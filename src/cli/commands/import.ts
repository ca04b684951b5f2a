import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatDiagnostics, hasErrors, sortDiagnostics, summarize, toDiagnosticJson, visible } from '../../diagnostics/index.ts';
import { formatImportReport, importNotice, importReportJson, toYaml, type ImportInput } from '../../import/index.ts';
import type { OrganisationDocument } from '../../model/index.ts';
import { readImportFile } from '../../node/import-file.ts';
import { installedLocales } from '../../node/locale-files.ts';
import { loadProjectConfig } from '../../node/load-config.ts';
import { packageRoot } from '../../node/package-root.ts';
import { mergeResults, processProject } from '../../pipeline/index.ts';
import { loadProject } from '../../project/index.ts';
import type { Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { today } from '../today.ts';
import { EXIT, oneOf, parseCommandArgs, UsageError } from '../usage.ts';

const ID = /^(?!(con|prn|aux|nul|com[0-9]|lpt[0-9])$)[a-z0-9]+(-[a-z0-9]+)*$/u;

export const command: Command = {
  usage: 'import <file> [--lang fi] [--with <translation> --lang en] --organisation <id> --out notices/<org>/<id>.yaml [--format text|json] [--force]',
  summary: 'Turn an existing privacy notice (.txt, .md, .html, .docx) into a draft notice',
  help: `Reads an existing privacy notice or rekisteriseloste, a text file, Markdown, a
saved web page (its main content only) or a Word document (.docx), in Finnish,
English or Swedish, and writes it as a draft notice: each section where its
heading says, the notice's words kept as they are, and the facts beside them
(e-mail addresses, telephone numbers, business IDs, addresses, controllers,
legal bases, laws, retention periods, transfers) read from the words. Text
under a heading that matches no section is kept in \`unplaced\`, never
dropped; lint reports each such block. Nothing is invented: what the
original does not say stays not stated.

When there is no organisation.yaml beside the output yet, one is written
from the controllers the text names; an existing one is never changed, and
controllers or details it lacks are reported and kept in \`unplaced\`.

The report lists each section and the heading it came from, each fact with
its confidence and the words it came from, what is unplaced, and then the
draft's lint findings.

Options:
  --lang <code>          the language of the file (default: guessed from its
                         words); after --with, the translation's language
  --with <file>          the same notice in another language: its texts become
                         the notice's texts in that language, paired by
                         section and position
  --organisation <id>    the organisation the notice belongs to (required)
  --out <file>           where to write the notice, notices/<org>/<id>.yaml;
                         its name is the notice's id (required)
  --format text|json     the report as text (default) or as JSON
  --force                replace the output file if it exists
  -h, --help             show this help

Exit codes: 0 the draft is written and valid, 1 the draft is written but
not valid as it stands (the report says why), 2 usage error.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      lang: { type: 'string', multiple: true },
      with: { type: 'string' },
      organisation: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      force: { type: 'boolean' },
    });
    const format = oneOf('format', values.format, ['text', 'json'], 'text');
    if (positionals.length !== 1)
      throw new UsageError(
        'Expected one document to import, e.g. `seloste import seloste.docx --organisation esimerkki --out notices/esimerkki/asiakasrekisteri.yaml`',
      );
    const organisationId = values.organisation;
    if (organisationId === undefined)
      throw new UsageError('Missing --organisation: give the id of the organisation the notice belongs to, e.g. `--organisation esimerkki`');
    if (!ID.test(organisationId))
      throw new UsageError(`Unexpected organisation id "${organisationId}": an id is lower-case letters a–z, digits and single hyphens`);
    const out = values.out;
    if (out === undefined || !/\.ya?ml$/iu.test(out))
      throw new UsageError('Missing --out: give the notice file to write, e.g. `--out notices/esimerkki/asiakasrekisteri.yaml`');
    const id = basename(out).replace(/\.ya?ml$/iu, '');
    if (!ID.test(id))
      throw new UsageError(
        `The notice's id comes from the name of --out, and "${id}" is not an id: use lower-case letters a–z, digits and single hyphens, e.g. \`asiakasrekisteri.yaml\``,
      );
    if (id === 'organisation') throw new UsageError('--out names the organisation file: give the notice a file of its own, e.g. `asiakasrekisteri.yaml`');
    const outPath = resolve(io.cwd, out);
    if (existsSync(outPath) && values.force !== true) throw new UsageError(`${visible(out)} exists: give another --out, or --force to replace it`);
    const [mainLang, withLang] = languagesOf(args, values.lang ?? [], values.with !== undefined);
    const locales = installedLocales();
    for (const language of [mainLang, withLang]) {
      if (language !== undefined && !locales.includes(language))
        throw new UsageError(`Unsupported language "${language}" for --lang; expected one of ${locales.join(', ')}`);
    }

    const organisationFile = join(dirname(outPath), 'organisation.yaml');
    const existing = readOrganisation(organisationFile, organisationId, io);
    if (existing === 'invalid') return EXIT.invalidInput;

    const document = await readImportFile(positionals[0] ?? '', io.cwd);
    const translationFile = values.with === undefined ? undefined : await readImportFile(values.with, io.cwd);
    const asInput = (file: typeof document, language: string | undefined): ImportInput => ({
      file: file.file,
      text: file.text,
      format: file.format,
      ...(language === undefined ? {} : { language }),
    });
    const result = importNotice(asInput(document, mainLang), {
      id,
      organisation: { id: organisationId, ...(existing === undefined ? {} : { existing }) },
      ...(translationFile === undefined ? {} : { translation: asInput(translationFile, withLang) }),
    });
    for (const language of result.notice.languages) {
      if (!locales.includes(language))
        throw new UsageError(`The document seems to be in "${language}", which seloste has no standard texts for; give its language with --lang`);
    }

    const sources = [document.file, ...(translationFile === undefined ? [] : [translationFile.file])].join(' and ');
    const noticeText = toYaml(result.notice as unknown as Record<string, unknown>, header(outPath, 'notice', sources));
    const written: { file: string; text: string }[] = [{ file: displayed(outPath, io.cwd), text: noticeText }];
    if (result.organisation !== undefined) {
      written.unshift({
        file: displayed(organisationFile, io.cwd),
        text: toYaml(result.organisation as unknown as Record<string, unknown>, header(organisationFile, 'organisation', sources)),
      });
    }
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, noticeText);
    if (result.organisation !== undefined) writeFileSync(organisationFile, written[0]?.text ?? '');

    // the draft as `seloste validate` and `seloste lint` see it, from the files as written
    const inputs = existing === undefined ? written : [{ file: displayed(organisationFile, io.cwd), text: readFileSync(organisationFile, 'utf8') }, ...written];
    const { config, diagnostics: configProblems } = loadProjectConfig(io.cwd);
    const share = processProject(inputs, { locales, lint: { config: config.lint, today: today() } });
    const merged = mergeResults([share], { config: config.lint, today: today() });
    const problems = sortDiagnostics([...configProblems, ...merged.problems]);
    const findings = sortDiagnostics([...problems, ...merged.findings]);
    const files = written.map((entry) => entry.file);
    const warnings = [...document.warnings, ...(translationFile?.warnings ?? [])];
    if (format === 'json') {
      io.stdout(
        `${JSON.stringify({ ...(importReportJson(result.report, files, findings.map(toDiagnosticJson)) as Record<string, unknown>), warnings }, null, 2)}\n`,
      );
    } else {
      io.stdout(formatImportReport(result.report, files));
      io.stdout(
        `\n${findings.length === 0 ? 'Lint: no findings.' : `Lint findings of the draft:\n${formatDiagnostics(findings)}\n\n${summarize(findings, inputs.length)}`}\n`,
      );
      for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
    }
    return hasErrors(problems) || result.report.problems.length > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};

/** The languages of the file and of the translation: a `--lang` after `--with` is the translation's. */
function languagesOf(args: readonly string[], langs: readonly string[], hasTranslation: boolean): [string | undefined, string | undefined] {
  if (!hasTranslation) {
    if (langs.length > 1) throw new UsageError('--lang given twice: without --with, give the language of the one document');
    return [langs[0], undefined];
  }
  const withAt = args.findIndex((arg) => arg === '--with' || arg.startsWith('--with='));
  const positions = args.flatMap((arg, index) => (arg === '--lang' || arg.startsWith('--lang=') ? [index] : []));
  const own = positions.filter((index) => index < withAt).length;
  const after = positions.length - own;
  if (own > 1 || after > 1) throw new UsageError("Give one --lang before --with (the document's) and one after it (the translation's)");
  return [own === 1 ? langs[0] : undefined, after === 1 ? langs[own] : undefined];
}

/** The organisation file beside the output, validated, when there is one; its id must be the one asked for. */
function readOrganisation(path: string, id: string, io: CliIo): OrganisationDocument | 'invalid' | undefined {
  if (!existsSync(path)) return undefined;
  const file = displayed(path, io.cwd);
  const project = loadProject([{ file, text: readFileSync(path, 'utf8') }]);
  const organisation = project.organisations[0];
  if (organisation === undefined) {
    io.stderr(`${formatDiagnostics(sortDiagnostics(project.diagnostics))}\n\n${file} is not valid: fix it first, since the draft will name its entities\n`);
    return 'invalid';
  }
  if (organisation.id !== id)
    throw new UsageError(
      `${visible(file)} is the organisation "${organisation.id}", not "${id}": give --organisation ${organisation.id}, or another --out folder`,
    );
  return organisation.document as OrganisationDocument;
}

/** The comment lines at the top of a written file: the schema for the editor, and where the draft came from. */
function header(path: string, kind: 'notice' | 'organisation', sources: string): string[] {
  const schema = relative(dirname(path), join(packageRoot, 'schemas', `${kind}.schema.json`))
    .split('\\')
    .join('/');
  return [
    `yaml-language-server: $schema=${schema}`,
    '',
    `Imported by \`seloste import\` from ${sources}. A draft: check each value`,
    kind === 'notice'
      ? 'against the original, move each block of `unplaced` where it belongs, and run `seloste lint`.'
      : 'against the original; the import never changes this file once it exists.',
  ];
}

function displayed(path: string, cwd: string): string {
  const relativePath = relative(cwd, path);
  return relativePath.startsWith('..') ? path : relativePath;
}
