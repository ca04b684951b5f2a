import { resolve } from 'node:path';
import { formatDiagnostics, hasErrors, sortDiagnostics, summarize } from '../diagnostics/index.ts';
import type { Notice } from '../model/index.ts';
import { loadNotices } from '../node/load-notices.ts';
import type { Project } from '../project/index.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './usage.ts';

/**
 * Loads and validates notices for a command that needs valid input: prints
 * the problems and returns undefined when there are any.
 */
export function loadValidProject(paths: readonly string[], io: CliIo): Project | undefined {
  const project = loadNotices(paths, { cwd: io.cwd });
  if (!hasErrors(project.diagnostics)) return project;
  const sorted = sortDiagnostics(project.diagnostics);
  io.stderr(`${formatDiagnostics(sorted)}\n\n${summarize(sorted, project.fileCount)}; fix them and run again\n`);
  return undefined;
}

/**
 * Loads the one notice file a command was given, validated with its
 * organisation: undefined, with the problems printed, when it is invalid.
 * A file that is not a notice (an organisation file) is a usage error saying
 * `whyNot`.
 */
export function loadNoticeFile(file: string, io: CliIo, whyNot: string): Notice | undefined {
  const project = loadValidProject([file], io);
  if (project === undefined) return undefined;
  const notice = project.notices.find((candidate) => resolve(io.cwd, candidate.source.file) === resolve(io.cwd, file));
  if (notice === undefined) throw new UsageError(`${file} is not a notice (${whyNot})`);
  return notice;
}
