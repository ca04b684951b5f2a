import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { noticeRecord, recordIndex } from '../../export/index.ts';
import type { Command } from '../command.ts';
import { loadValidProject } from '../load.ts';
import { EXIT, parseCommandArgs, UsageError } from '../usage.ts';

export const command: Command = {
  help: `Usage: seloste record <notice.yaml | folder>

Prints the record of processing activities (GDPR Art. 30(1)) as JSON on
standard output, valid against schemas/record.schema.json:
  a notice file   its record (recordType "notice"): one processing activity
                  per purpose, with legal basis, data subjects, data
                  categories, recipients, transfers, time limits, security
  a folder        every notice's record, by organisation (recordType "index")

Options:
  -h, --help      show this help

Exit codes: 0 printed, 1 a notice is invalid, 2 usage error.
`,
  run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new UsageError('Expected one notice file or folder, e.g. `seloste record notices/`');
    const target = positionals[0] ?? '';
    const project = loadValidProject([target], io);
    if (project === undefined) return EXIT.invalidInput;
    if (statSync(resolve(io.cwd, target)).isDirectory()) {
      io.stdout(`${JSON.stringify(recordIndex(project.organisations.map((organisation) => organisation.document), project.notices.map(noticeRecord)), null, 2)}\n`);
      return EXIT.ok;
    }
    const notice = project.notices.find((candidate) => resolve(io.cwd, candidate.source.file) === resolve(io.cwd, target));
    if (notice === undefined) throw new UsageError(`${target} is not a notice; give a notice file or a folder`);
    io.stdout(`${JSON.stringify(noticeRecord(notice), null, 2)}\n`);
    return EXIT.ok;
  },
};
