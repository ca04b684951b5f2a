import type { CliIo } from './io.ts';

/** A `seloste` subcommand: how it is called, what it does, and its help; `run` returns the exit code. */
export interface Command {
  /** The command and its arguments, as `seloste --help` lists it: `validate [paths…] [--format text|json]`. */
  readonly usage: string;
  /** One line: what the command does. */
  readonly summary: string;
  /** The rest of its help, below the usage line. */
  readonly help: string;
  run(args: readonly string[], io: CliIo): Promise<number> | number;
}

/** What `seloste <command> --help` prints: the usage line, then the help. */
export function commandHelp(command: Command): string {
  return `Usage: seloste ${command.usage}\n\n${command.help}`;
}
