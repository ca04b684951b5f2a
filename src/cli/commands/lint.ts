import { hasErrors, plural, sortDiagnostics, type Diagnostic } from '../../diagnostics/index.ts';
import { rules, toSarif } from '../../lint/index.ts';
import type { Notice } from '../../model/index.ts';
import { filesAtRevision } from '../../node/git-versions.ts';
import { installedLocales } from '../../node/locale-files.ts';
import { loadProjectConfig } from '../../node/load-config.ts';
import { DEFAULT_NOTICE_PATHS } from '../../node/load-notices.ts';
import { processFromDisk } from '../../node/process-from-disk.ts';
import { collectYamlFiles } from '../../node/read-files.ts';
import { ruleHelp } from '../../node/rule-docs.ts';
import { loadProject, type InputFile } from '../../project/index.ts';
import type { Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { warnWhenNoNotices } from '../no-notices.ts';
import { reportDiagnostics } from '../report.ts';
import { today } from '../today.ts';
import { EXIT, oneOf, parseCommandArgs } from '../usage.ts';
import { VERSION } from '../version.ts';

export const command: Command = {
  usage: 'lint [paths…] [--format text|json|sarif] [--preset recommended|strict] [--since <revision>]',
  summary: 'Check notices against GDPR Art. 13/14/30 and Finnish law',
  help: `Checks notices against the GDPR (Art. 13, 14, 30) and Finnish law (the Data
Protection Act 1050/2018, the Act on Electronic Communications Services
917/2014): what a notice must say and does not, and what it says that does
not hold together. Each rule cites its article; docs/rules/<rule>.md
explains it with examples. Paths are files or folders (default: notices/).

Findings are printed as
  file:line:col: severity: message [rule-id]
grouped by file, with a summary. Invalid notices are reported as by
\`seloste validate\` and not linted.

With --since, each notice is also compared with its version at a git
revision (a commit, tag or branch), the organisation file at the same
revision: a material change (a new purpose, legal basis, recipient, transfer
or data category, a longer retention, a new controller) needs a change note
in changes.log and a new lastUpdated, and a new purpose a word on how people
are told of changes (\`seloste diff\` lists the changes themselves).

Configure rules in seloste.config.yaml (lint.preset, lint.rules). Silence
one finding with a comment on the line before it, giving the reason:
  # seloste-disable-next-line rule-id -- the reason

Options:
  --format text|json|sarif  text (default); JSON array as \`validate\`
                            prints; SARIF 2.1.0 for code-scanning tools
  --preset recommended|strict
                            overrides lint.preset of the configuration
  --since <revision>        also check what changed since this revision
  -h, --help                show this help

Paths that hold only organisation files, no notice, give a warning.

Exit codes: 0 no errors (warnings and notes allowed), 1 an error was found
or a notice is invalid, 2 usage error.
`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, preset: { type: 'string' }, since: { type: 'string' } });
    const format = oneOf('format', values.format, ['text', 'json', 'sarif'], 'text');
    const { config, diagnostics: configProblems } = loadProjectConfig(io.cwd);
    const preset = oneOf('preset', values.preset, ['recommended', 'strict'], config.lint.preset);
    const paths = positionals.length > 0 ? positionals : DEFAULT_NOTICE_PATHS;
    const previous = values.since === undefined ? undefined : filesAtRevision(collectYamlFiles(paths, io.cwd), values.since, io.cwd);
    const { project, findings } = processFromDisk(paths, {
      cwd: io.cwd,
      lint: { config: { ...config.lint, preset }, today: today(), ...(previous === undefined ? {} : { previous }) },
    });
    const all: Diagnostic[] = sortDiagnostics([...configProblems, ...project.diagnostics, ...findings]);
    if (format === 'sarif')
      io.stdout(
        `${JSON.stringify(
          toSarif(all, rules, (rule) => ruleHelp(rule, config.docsUrl), VERSION, io.cwd),
          null,
          2,
        )}\n`,
      );
    else reportDiagnostics(all, project.fileCount, format, io, `No problems in ${plural(project.notices.length, 'notice')}`);
    warnWhenNoNotices(project, paths, io);
    if (values.since !== undefined && previous !== undefined) noteUncompared(project.notices, previous, values.since, io);
    return hasErrors(all) ? EXIT.invalidInput : EXIT.ok;
  },
};

/** Says which notices had no valid version at the revision, so were not compared: new since, or invalid then. */
function noteUncompared(notices: readonly Notice[], previous: readonly InputFile[], revision: string, io: CliIo): void {
  const compared = new Set(loadProject(previous, { locales: installedLocales() }).notices.map((notice) => notice.id));
  const uncompared = notices.filter((notice) => !compared.has(notice.id)).map((notice) => notice.source.file);
  if (uncompared.length > 0)
    io.stderr(`Not compared with ${revision}, which has no valid version of ${uncompared.length === 1 ? 'it' : 'them'}: ${uncompared.join(', ')}\n`);
}
