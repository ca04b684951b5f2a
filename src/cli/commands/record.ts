import { noticeRecord, recordIndex } from '../../export/index.ts';
import type { Command } from '../command.ts';
import { isFolder } from '../folder-notices.ts';
import type { CliIo } from '../io.ts';
import { loadNoticeFile, loadValidProject } from '../load.ts';
import { warnWhenNoNotices } from '../no-notices.ts';
import { EXIT, parseCommandArgs, UsageError } from '../usage.ts';

export const command: Command = {
  usage: 'record <notice.yaml | folder>',
  summary: 'Print the record of processing (GDPR Art. 30) as JSON',
  help: `Prints the record of processing activities (GDPR Art. 30(1)) as JSON on
standard output, valid against schemas/record.schema.json:
  a notice file   its record (recordType "notice"): one processing activity
                  per purpose, with legal basis, data subjects, data
                  categories, recipients, transfers, time limits, security
  a folder        every notice's record, by organisation (recordType "index")

Options:
  -h, --help      show this help

A folder that holds only organisation files, no notice, gives an empty index
with a warning.

Exit codes: 0 printed, 1 a notice is invalid, 2 usage error.
`,
  run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new UsageError('Expected one notice file or folder, e.g. `seloste record notices/`');
    const target = positionals[0] ?? '';
    return isFolder(target, io.cwd) ? printIndex(target, io) : printRecord(target, io);
  },
};

/** Every notice's record under a folder, by organisation. */
function printIndex(folder: string, io: CliIo): number {
  const project = loadValidProject([folder], io);
  if (project === undefined) return EXIT.invalidInput;
  io.stdout(
    `${JSON.stringify(
      recordIndex(
        project.organisations.map((organisation) => organisation.document),
        project.notices.map(noticeRecord),
      ),
      null,
      2,
    )}\n`,
  );
  warnWhenNoNotices(project, [folder], io);
  return EXIT.ok;
}

/** One notice's record. */
function printRecord(file: string, io: CliIo): number {
  const notice = loadNoticeFile(file, io, 'an organisation file has no record of its own; give a notice file, or the folder for every notice’s record');
  if (notice === undefined) return EXIT.invalidInput;
  io.stdout(`${JSON.stringify(noticeRecord(notice), null, 2)}\n`);
  return EXIT.ok;
}
