import { plural } from '../../diagnostics/index.ts';
import { DEFAULT_NOTICE_PATHS, loadNotices } from '../../node/load-notices.ts';
import type { Command } from '../command.ts';
import { warnWhenNoNotices } from '../no-notices.ts';
import { reportDiagnostics } from '../report.ts';
import { EXIT, oneOf, parseCommandArgs } from '../usage.ts';

export const command: Command = {
  usage: 'validate [paths…] [--format text|json]',
  summary: 'Check notices against the schema and their references',
  help: `Checks notices and organisation files: YAML syntax, the schema
(schemas/notice.schema.json, schemas/organisation.schema.json) and the ids
one part uses to refer to another. Paths are files or folders; the default
is notices/. A notice's organisation.yaml is read from beside it.

Each problem is printed as
  file:line:col: error: message [rule-id]
on standard error, followed by a one-line summary.

Missing translations are not checked here, nor what the GDPR asks a notice
to say: \`seloste lint\` reports both, once the files are valid.

Options:
  --format text|json  text (default), or a JSON array on standard output with
                      file, line, column, endLine, endColumn, severity,
                      ruleId and message for each problem
  -h, --help          show this help

Paths that hold only organisation files, no notice, are valid with a warning.

Exit codes: 0 all files valid, 1 a file is invalid, 2 usage error.
`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' } });
    const format = oneOf('format', values.format, ['text', 'json'], 'text');
    const paths = positionals.length > 0 ? positionals : DEFAULT_NOTICE_PATHS;
    const project = loadNotices(paths, { cwd: io.cwd });
    const summary = `${plural(project.fileCount, 'file')} valid: ${plural(project.notices.length, 'notice')}, ${plural(project.organisations.length, 'organisation')}`;
    const invalid = reportDiagnostics(project.diagnostics, project.fileCount, format, io, summary);
    warnWhenNoNotices(project, paths, io);
    return invalid ? EXIT.invalidInput : EXIT.ok;
  },
};
