import type { CliIo } from './io.ts';

/** A `seloste` subcommand: its help text and what it does; returns the exit code. */
export interface Command {
  readonly help: string;
  run(args: readonly string[], io: CliIo): Promise<number> | number;
}

/** How the command table names a command before loading it. */
export interface CommandEntry {
  readonly usage: string;
  readonly summary: string;
  readonly load: () => Promise<{ readonly command: Command }>;
}
