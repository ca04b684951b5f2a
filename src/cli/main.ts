import type { CommandEntry } from './command.ts';
import { processIo, type CliIo } from './io.ts';
import { PathError } from '../node/path-error.ts';
import { EXIT, UsageError } from './usage.ts';
import { VERSION } from './version.ts';

/** The subcommands, loaded only when called so that each starts fast. */
export const commands: Readonly<Record<string, CommandEntry>> = {
  validate: {
    usage: 'validate [paths…]',
    summary: 'Check notices against the schema and their references',
    load: () => import('./commands/validate.ts'),
  },
  lint: {
    usage: 'lint [paths…] [--format]',
    summary: 'Check notices against GDPR Art. 13/14/30 and Finnish law',
    load: () => import('./commands/lint.ts'),
  },
  render: {
    usage: 'render <file> [--lang] [--format]',
    summary: 'Print a notice in one language as HTML or Markdown',
    load: () => import('./commands/render.ts'),
  },
  build: {
    usage: 'build [paths…] [--out <dir>]',
    summary: 'Build the site and the records of processing from notices/',
    load: () => import('./commands/build.ts'),
  },
  record: {
    usage: 'record <file|folder>',
    summary: 'Print the record of processing (GDPR Art. 30) as JSON',
    load: () => import('./commands/record.ts'),
  },
};

/** The help of `seloste` itself. */
export function mainHelp(): string {
  const width = Math.max(...Object.values(commands).map((entry) => entry.usage.length));
  const rows = Object.values(commands).map((entry) => `  ${entry.usage.padEnd(width)}  ${entry.summary}`);
  return `seloste: privacy notices as code

Usage: seloste <command> [options]

Commands:
${rows.join('\n')}

Options:
  -h, --help     show this help; \`seloste <command> --help\` shows a command's
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
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? args[0] : undefined;
    if (topic !== undefined && topic in commands) return main([topic, '--help'], io);
    io.stdout(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`seloste ${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = commands[name];
  if (entry === undefined) {
    io.stderr(`seloste: unknown command "${name}"; expected one of ${Object.keys(commands).join(', ')}. See \`seloste --help\`.\n`);
    return EXIT.usage;
  }
  try {
    const { command } = await entry.load();
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(command.help);
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
