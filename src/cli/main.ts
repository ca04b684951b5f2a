import { commandHelp, type Command } from './command.ts';
import { processIo, type CliIo } from './io.ts';
import { PathError } from '../node/path-error.ts';
import { EXIT, UsageError } from './usage.ts';
import { VERSION } from './version.ts';

/** The subcommands, loaded only when called so that each starts fast. */
export const commands: Readonly<Record<string, () => Promise<{ readonly command: Command }>>> = {
  new: () => import('./commands/new.ts'),
  validate: () => import('./commands/validate.ts'),
  lint: () => import('./commands/lint.ts'),
  render: () => import('./commands/render.ts'),
  build: () => import('./commands/build.ts'),
  record: () => import('./commands/record.ts'),
  import: () => import('./commands/import.ts'),
  diff: () => import('./commands/diff.ts'),
  dev: () => import('./commands/dev.ts'),
  export: () => import('./commands/export.ts'),
};

/** The help of `seloste` itself: each command as its own help states its usage, and what it does. */
export async function mainHelp(): Promise<string> {
  const loaded = await Promise.all(Object.values(commands).map(async (load) => (await load()).command));
  const rows = loaded.map((command) => `  ${command.usage}\n      ${command.summary}`);
  return `seloste: privacy notices as code. Each privacy notice (GDPR Art. 13 and 14) is a
YAML file in notices/<organisation>/; seloste checks it, publishes it as web pages
in each of its languages, and gives its record of processing (GDPR Art. 30).

Usage: seloste <command> [options]

To write a notice, start it with \`seloste new <organisation>/<notice-id>\`, fill
it in until \`seloste lint\` has nothing left to report, and publish it with
\`seloste build\`.

Commands:
${rows.join('\n')}

Options:
  -h, --help     show this help; \`seloste <command> --help\` shows the help of
                 one command
  -v, --version  print seloste's version

Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error (a bug
in seloste; SELOSTE_DEBUG=1 prints where it happened).
`;
}

/**
 * Runs `seloste` with the given arguments and returns the exit code. Problems
 * in the input are printed as diagnostics; only a bug in seloste itself
 * prints a stack trace, and only when SELOSTE_DEBUG is set.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    // no command is a usage error: the help goes where errors go, not into a pipe expecting output
    io.stderr(await mainHelp());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h') {
    io.stdout(await mainHelp());
    return EXIT.ok;
  }
  if (name === 'help') return args[0] === undefined ? main(['--help'], io) : main([args[0], '--help'], io);
  if (name === '--version' || name === '-v') {
    io.stdout(`seloste ${VERSION}\n`);
    return EXIT.ok;
  }
  const load = commands[name];
  if (load === undefined) {
    io.stderr(`seloste: unknown command "${name}"; expected one of ${Object.keys(commands).join(', ')}. See \`seloste --help\`.\n`);
    return EXIT.usage;
  }
  try {
    const { command } = await load();
    if (asksForHelp(args)) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathError) {
      io.stderr(`seloste ${name}: ${error.message}. See \`seloste ${name} --help\`.\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`seloste ${name}: internal error: ${message}\nThis is a bug in seloste, not in your notices. Set SELOSTE_DEBUG=1 to see where it happened.\n`);
    if (process.env['SELOSTE_DEBUG'] !== undefined && error instanceof Error) io.stderr(`${error.stack ?? ''}\n`);
    return EXIT.internal;
  }
}

/** Whether a command's arguments ask for its help: `--help` or `-h` before any `--`, after which every argument is a path. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
