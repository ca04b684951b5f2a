import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { formatDiagnostics, sortDiagnostics, summarize, visible } from '../../diagnostics/index.ts';
import { installedLocales } from '../../node/locale-files.ts';
import { loadNotices } from '../../node/load-notices.ts';
import { packageRoot } from '../../node/package-root.ts';
import { displayPath } from '../../node/read-files.ts';
import { isValidId, noticeTemplate, organisationTemplate } from '../../scaffold/index.ts';
import type { Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { EXIT, parseCommandArgs, UsageError } from '../usage.ts';

/** The folder notices are kept in unless `--dir` says otherwise. */
const DEFAULT_DIR = 'notices';

/** The file every organisation's folder holds. */
const ORGANISATION_FILE = 'organisation.yaml';

export const command: Command = {
  usage: 'new <organisation>[/<notice-id>] [--name <name>] [--business-id <id>] [--languages fi,en] [--dir <folder>]',
  summary: 'Start a new notice, or a new organisation file, from a commented template',
  help: `Writes a new file from a template that says, for each key, what the law asks
(with its GDPR article) and shows an example in Finnish and English.

  seloste new <organisation> --name <name>
      writes notices/<organisation>/organisation.yaml: the organisation's
      name and one legal entity (the controller its notices name), the other
      keys commented out
  seloste new <organisation>/<notice-id>
      writes notices/<organisation>/<notice-id>.yaml, a notice of that
      organisation in the languages of its name: the controllers filled in
      from organisation.yaml, and every other section "not stated" until you
      write it

The new notice is valid at once and publishes nothing you have not written:
a section that is not stated shows nothing on the page. \`seloste lint\` lists
each section still to be filled in, with its article. Ids are lower-case
letters a-z, digits and single hyphens. An existing file is never
overwritten.

Options:
  --name <name>         the organisation's name (required for a new
                        organisation), given in each of its languages until
                        you translate it
  --business-id <id>    the Business ID (Y-tunnus) of its legal entity
  --languages <codes>   the languages, the original first, separated by
                        commas (default: fi,en for an organisation; the
                        languages of the organisation's name for a notice)
  --dir <folder>        the folder of the organisations' folders (default:
                        notices)
  -h, --help            show this help

Exit codes: 0 written; 1 the organisation's file is invalid; 2 usage error,
such as an invalid id, an unknown language, a missing organisation or a file
that exists already.
`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      name: { type: 'string' },
      'business-id': { type: 'string' },
      languages: { type: 'string' },
      dir: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('Expected one name: `seloste new <organisation>` or `seloste new <organisation>/<notice-id>`');
    const [organisationId = '', noticeId, ...rest] = (positionals[0] ?? '').split('/');
    if (rest.length > 0) throw new UsageError(`Unexpected ${visible(positionals[0] ?? '')}; expected <organisation> or <organisation>/<notice-id>`);
    checkId(organisationId, 'organisation');
    const dir = values.dir ?? DEFAULT_DIR;
    const languages = values.languages === undefined ? undefined : languageList(values.languages);
    if (noticeId === undefined) {
      if (values.name === undefined || values.name.trim() === '')
        throw new UsageError(`Expected the organisation's name: \`seloste new ${organisationId} --name "Esimerkki Oy"\``);
      const file = join(dir, organisationId, ORGANISATION_FILE);
      const text = organisationTemplate({
        id: organisationId,
        name: values.name.trim(),
        languages: languages ?? ['fi', 'en'],
        ...(values['business-id'] === undefined ? {} : { businessId: values['business-id'] }),
        schemaFolder: schemaFolderFor(file, io.cwd),
      });
      writeNew(file, text, io);
      io.stdout(`Wrote ${shown(file, io)}. Fill in its commented keys; then \`seloste new ${organisationId}/<notice-id>\` starts a notice of it.\n`);
      return EXIT.ok;
    }
    checkId(noticeId, 'notice');
    for (const option of ['name', 'business-id'] as const) {
      if (values[option] !== undefined)
        throw new UsageError(
          `--${option} is for a new organisation, and ${organisationId}/${noticeId} is a notice; write it in ${join(dir, organisationId, ORGANISATION_FILE)}`,
        );
    }
    return newNotice({ dir, organisationId, noticeId, languages }, io);
  },
};

/** Writes a new notice of an existing, valid organisation; the exit code. */
function newNotice(target: { dir: string; organisationId: string; noticeId: string; languages: readonly string[] | undefined }, io: CliIo): number {
  const { dir, organisationId, noticeId } = target;
  const organisationFile = join(dir, organisationId, ORGANISATION_FILE);
  const file = join(dir, organisationId, `${noticeId}.yaml`);
  if (!existsSync(resolve(io.cwd, organisationFile)))
    throw new UsageError(`No ${shown(organisationFile, io)}: start the organisation with \`seloste new ${organisationId} --name "…"\``);
  const project = loadNotices([dir], { cwd: io.cwd });
  const organisation = project.organisations.find((candidate) => resolve(io.cwd, candidate.source.file) === resolve(io.cwd, organisationFile));
  if (organisation === undefined) {
    const problems = sortDiagnostics(project.diagnostics.filter((diagnostic) => resolve(io.cwd, diagnostic.file) === resolve(io.cwd, organisationFile)));
    if (problems.length === 0) throw new UsageError(`${shown(organisationFile, io)} is not an organisation file`);
    io.stderr(`${formatDiagnostics(problems)}\n\n${summarize(problems, 1)}; fix ${shown(organisationFile, io)} before starting a notice of it\n`);
    return EXIT.invalidInput;
  }
  const existing = project.notices.find((notice) => notice.id === noticeId);
  if (existing !== undefined)
    throw new UsageError(`A notice with the id \`${noticeId}\` exists already: ${shown(existing.source.file, io)}; ids are unique among all notices`);
  const languages = target.languages ?? languagesOfName(organisation.document.name);
  const text = noticeTemplate({ id: noticeId, organisationId, organisation: organisation.document, languages, schemaFolder: schemaFolderFor(file, io.cwd) });
  writeNew(file, text, io);
  io.stdout(
    `Wrote ${shown(file, io)}, a notice in ${languages.join(', ')}. Fill in its sections; \`seloste lint ${shown(file, io)}\` lists what is still missing.\n`,
  );
  return EXIT.ok;
}

/** Refuses an id that could not name a notice or an organisation. */
function checkId(id: string, what: 'organisation' | 'notice'): void {
  if (!isValidId(id))
    throw new UsageError(
      `Unexpected ${what} id \`${visible(id)}\`; expected lower-case letters a-z, digits and single hyphens, such as \`${what === 'organisation' ? 'esimerkki' : 'asiakasrekisteri'}\``,
    );
}

/** The languages of `--languages fi,en`: each one seloste has standard texts for, each once. */
function languageList(option: string): string[] {
  const languages = option.split(',').map((language) => language.trim());
  const known = installedLocales();
  const unknown = languages.filter((language) => !known.includes(language));
  if (unknown.length > 0)
    throw new UsageError(
      `Unexpected language ${unknown.map((language) => `\`${visible(language)}\``).join(', ')} in --languages; seloste has standard texts for ${known.join(', ')}`,
    );
  if (new Set(languages).size !== languages.length) throw new UsageError('Each language once in --languages, the original first: fi,en');
  return languages;
}

/** The languages a notice of the organisation is in by default: those its name is given in, where seloste has texts for them. */
function languagesOfName(name: Readonly<Record<string, string>>): string[] {
  const known = installedLocales();
  const languages = Object.keys(name).filter((language) => known.includes(language));
  if (languages.length === 0)
    throw new UsageError(`The organisation's name is in none of the languages seloste has texts for (${known.join(', ')}); give them with --languages`);
  return languages;
}

/** The published schemas' folder as seen from the new file, for the editor's `$schema` line. */
function schemaFolderFor(file: string, cwd: string): string {
  return relative(dirname(resolve(cwd, file)), join(packageRoot, 'schemas'))
    .split(sep)
    .join('/');
}

/** Writes a file that must not exist yet: an existing one, even one created a moment ago, is a usage error. */
function writeNew(file: string, text: string, io: CliIo): void {
  const path = resolve(io.cwd, file);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${shown(file, io)} exists already, and seloste new never overwrites a file`);
    throw error;
  }
}

function shown(file: string, io: CliIo): string {
  return visible(displayPath(resolve(io.cwd, file), io.cwd));
}
