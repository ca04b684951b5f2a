import { formatDiagnostics, hasErrors, sortDiagnostics, summarize } from '../../diagnostics/index.ts';
import { diffNotices, diffToJson, diffToMdast, formatDiffText, hasChangeOf, SIGNIFICANCES } from '../../diff/index.ts';
import type { Notice } from '../../model/index.ts';
import { noticeAtRevision } from '../../node/git-versions.ts';
import { defaultTranslator } from '../../node/index.ts';
import { toMarkdown } from '../../render/index.ts';
import type { Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { loadNoticeFile } from '../load.ts';
import { EXIT, oneOf, parseCommandArgs, UsageError } from '../usage.ts';

export const command: Command = {
  usage:
    'diff <old.yaml> <new.yaml> | <notice.yaml> --from <revision> [--to <revision>] [--format text|json|md] [--lang en|fi|sv] [--fail-on material|minor|editorial]',
  summary: 'Show what changed between two versions of a notice, in meaning',
  help: `Compares two versions of a notice as models, not as text: purposes, legal
bases, data categories, data subjects, sources, recipients and transfers
added or removed, retention lengthened or shortened, controllers, the DPO
and contacts changed, the conditions of rights, and each text's wording,
word by word. Each change has a significance:
  material   people must be told (a new purpose, legal basis, recipient,
             transfer or data category, a longer retention, a new controller)
  minor      less processing, or details (a shorter retention, a recipient
             removed, contact details)
  editorial  the wording only

The versions are two notice files (each read with the organisation.yaml
beside it), or one notice file at two git revisions: --from a commit, tag or
branch, --to another (default: the file as it is now). The organisation file
is taken at the same revision as the notice.

Output (--format):
  text  the sections changed with a bar of their changes (! material,
        ~ minor, . editorial), then one line per change,
          file:line:col: significance: what changed [kind]
        placed in the new version (in the old one for something removed),
        with a text's changed words on the next line as [-old-]{+new+}
  json  the changes as data, valid against schemas/diff.schema.json
  md    Markdown for a pull request or a review, by significance

Options:
  --from <revision>    the old version: the notice file at this revision
  --to <revision>      the new version: at this revision (default: the file
                       as it is now)
  --format text|json|md
                       text (default), JSON or Markdown
  --lang en|fi|sv      the language of the sentences (default: en)
  --fail-on material|minor|editorial
                       exit with 1 when a change at least this significant
                       is found, e.g. in CI before publishing
  -h, --help           show this help

Exit codes: 0 compared (whatever changed, unless --fail-on says otherwise),
1 a version is invalid or a change --fail-on names was found, 2 usage error
(a file or revision that does not exist, not a git repository).
`,
  run(args, io) {
    const options = {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      'fail-on': { type: 'string' },
    } as const;
    const { values, positionals } = parseCommandArgs(args, options);
    const format = oneOf('format', values.format, ['text', 'json', 'md'], 'text');
    const translator = defaultTranslator();
    const locale = oneOf('lang', values.lang, translator.locales, 'en');
    const failOn = values['fail-on'] === undefined ? undefined : oneOf('fail-on', values['fail-on'], SIGNIFICANCES, 'material');
    const versions = loadVersions(positionals, values.from, values.to, io);
    if (versions === undefined) return EXIT.invalidInput;
    const diff = diffNotices(versions.old, versions.new);
    const texts = translator.forLocale(locale);
    if (format === 'json') io.stdout(`${JSON.stringify(diffToJson(diff, texts), null, 2)}\n`);
    else if (format === 'md') io.stdout(toMarkdown(diffToMdast(diff, texts)));
    else io.stdout(formatDiffText(diff, texts));
    return failOn !== undefined && hasChangeOf(diff, failOn) ? EXIT.invalidInput : EXIT.ok;
  },
};

/** The two versions the arguments name, validated; `undefined` with the problems printed when either is invalid. */
function loadVersions(
  files: readonly string[],
  from: string | undefined,
  to: string | undefined,
  io: CliIo,
): { readonly old: Notice; readonly new: Notice } | undefined {
  if (from === undefined) {
    if (to !== undefined) throw new UsageError('--to needs --from: give the revision of the old version too');
    if (files.length !== 2)
      throw new UsageError('Expected two notice files, `seloste diff old.yaml new.yaml`, or one with --from, `seloste diff notices/x.yaml --from v1.2`');
    const [oldFile = '', newFile = ''] = files;
    const old = loadNoticeFile(oldFile, io, 'diff compares two notices');
    const current = old === undefined ? undefined : loadNoticeFile(newFile, io, 'diff compares two notices');
    return old === undefined || current === undefined ? undefined : { old, new: current };
  }
  if (files.length !== 1) throw new UsageError('Expected one notice file with --from: `seloste diff notices/x.yaml --from v1.2 [--to HEAD]`');
  const [file = ''] = files;
  const old = atRevision(file, from, io);
  const current = old === undefined ? undefined : to === undefined ? loadNoticeFile(file, io, 'diff compares two notices') : atRevision(file, to, io);
  return old === undefined || current === undefined ? undefined : { old, new: current };
}

/** The notice in a file as it was at a revision; `undefined` with the problems printed when that version is invalid. */
function atRevision(file: string, revision: string, io: CliIo): Notice | undefined {
  const { project, file: name } = noticeAtRevision(file, revision, io.cwd);
  if (hasErrors(project.diagnostics)) {
    const sorted = sortDiagnostics(project.diagnostics);
    io.stderr(`${formatDiagnostics(sorted)}\n\n${summarize(sorted, project.fileCount)}; the version at ${revision} cannot be compared\n`);
    return undefined;
  }
  const notice = project.notices.find((candidate) => candidate.source.file === name);
  if (notice === undefined) throw new UsageError(`${file} is not a notice at ${revision} (diff compares two notices)`);
  return notice;
}
