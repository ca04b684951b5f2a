import { formatDiagnostics, sortDiagnostics } from '../../diagnostics/index.ts';
import { defaultTranslator } from '../../node/index.ts';
import { renderNotice, toDocument, toHtml, toMarkdown } from '../../render/index.ts';
import type { Command } from '../command.ts';
import { isFolder, listFiles, noticeFilesIn } from '../folder-notices.ts';
import { loadNoticeFile } from '../load.ts';
import { EXIT, oneOf, parseCommandArgs, UsageError } from '../usage.ts';

export const command: Command = {
  usage: 'render <notice.yaml> [--lang fi|en|…] [--format html|md]',
  summary: 'Print a notice in one language as HTML or Markdown',
  help: `Prints one notice in one language: the header, the “at a glance” summary,
the contents and the numbered sections, as an HTML fragment or as Markdown,
on standard output. A text the notice does not give in that language is
shown in the first of the notice's languages that has it, marked as such,
and a warning on standard error names it.

Options:
  --lang <code>       a language the notice offers (default: its first)
  --format html|md    HTML fragment (default) or Markdown
  -h, --help          show this help

Exit codes: 0 rendered, 1 the notice is invalid, 2 usage error.
`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' }, format: { type: 'string' } });
    const format = oneOf('format', values.format, ['html', 'md'], 'html');
    if (positionals.length !== 1) throw new UsageError('Expected one notice file, e.g. `seloste render notices/org/notice.yaml`');
    const target = positionals[0] ?? '';
    if (isFolder(target, io.cwd)) throw new UsageError(folderGiven(target, noticeFilesIn(target, io.cwd)));
    const notice = loadNoticeFile(target, io, 'an organisation file cannot be rendered on its own');
    if (notice === undefined) return EXIT.invalidInput;
    const locale = values.lang ?? notice.languages[0] ?? 'fi';
    if (!notice.languages.includes(locale))
      throw new UsageError(`The notice is not published in "${locale}"; its languages are ${notice.languages.join(', ')}`);
    const texts = defaultTranslator().forLocale(locale);
    const rendered = renderNotice(notice, texts);
    const tree = toDocument(rendered);
    io.stdout(format === 'md' ? toMarkdown(tree) : `${toHtml(tree)}\n`);
    if (rendered.diagnostics.length > 0) io.stderr(`${formatDiagnostics(sortDiagnostics(rendered.diagnostics))}\n`);
    return EXIT.ok;
  },
};

/** Why a folder cannot be rendered, and which of its files can. */
function folderGiven(folder: string, notices: readonly string[]): string {
  const which = notices.length === 0 ? 'it holds no notice file' : `its notice ${notices.length === 1 ? 'file is' : 'files are'} ${listFiles(notices)}`;
  return `${folder} is a folder, and render takes one notice file: ${which}`;
}
