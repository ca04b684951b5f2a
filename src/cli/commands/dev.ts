import { plural, summarize, visible } from '../../diagnostics/index.ts';
import type { DevBuild } from '../../node/dev-build.ts';
import { DEFAULT_DEV_PORT, startDevServer } from '../../node/dev-server.ts';
import { DEFAULT_NOTICE_PATHS } from '../../node/load-notices.ts';
import type { Command } from '../command.ts';
import { today } from '../today.ts';
import { EXIT, parseCommandArgs, UsageError } from '../usage.ts';

export const command: Command = {
  usage: 'dev [paths…] [--port <number>]',
  summary: 'Preview notices in the browser while you edit them',
  help: `Serves a preview of the notices (default: notices/) on this machine only, at
http://127.0.0.1:${DEFAULT_DEV_PORT}/, and keeps it up to date: when a notice, its
organisation file or seloste.config.yaml is saved, the notices that changed
are rendered again and the pages open in the browser reload.

Each notice page is laid out as the published site lays it out, with the
validation problems and lint findings of its files at the top, each as
  file:line:col: severity: message [rule-id]
A notice that an edit made invalid keeps its last valid page below its
problems until the errors are fixed. The index page lists the notices in
each language and every problem in any file.

The preview's pages have a small script that reloads them; the published
site (seloste build) has none.

Options:
  --port <number>  the port to listen on (default ${DEFAULT_DEV_PORT}); 0 picks a free one
  -h, --help       show this help

Stop it with Ctrl+C.

Exit codes: 0 stopped; 2 usage error, such as a path that does not exist or
holds no YAML file, or a port that is in use.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { port: { type: 'string' } });
    const port = portOf(values.port);
    const paths = positionals.length > 0 ? positionals : DEFAULT_NOTICE_PATHS;
    // a SELOSTE_TODAY that is not a date is a usage error before anything starts
    today();
    const server = await startDevServer({
      cwd: io.cwd,
      paths,
      port,
      onBuild: (build) => io.stderr(`${buildLine(build)}\n`),
      onError: (error) =>
        io.stderr(
          `seloste dev: internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in seloste, not in your notices; the preview keeps the last pages it made.\n`,
        ),
    }).catch((error: unknown) => {
      if (isErrno(error, 'EADDRINUSE')) throw new UsageError(`Port ${port} on 127.0.0.1 is in use; give another with --port, or --port 0 for any free one`);
      if (isErrno(error, 'EACCES')) throw new UsageError(`Port ${port} on 127.0.0.1 is not open to this user; give one above 1023 with --port`);
      throw error;
    });
    io.stderr(`${buildLine(server.build)}\n`);
    io.stdout(`seloste dev: previewing ${paths.map(visible).join(', ')} at ${server.url} (Ctrl+C stops)\n`);
    await stopSignal();
    await server.close();
    io.stderr('seloste dev: stopped.\n');
    return EXIT.ok;
  },
};

/** The port asked for: a whole number from 0 to 65535. */
function portOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_DEV_PORT;
  const port = /^\d{1,5}$/u.test(value) ? Number(value) : Number.NaN;
  if (!(port <= 65535)) throw new UsageError(`Unexpected value "${value}" for --port; expected a port number from 0 to 65535 (0 picks a free one)`);
  return port;
}

/** What a build did, in one line: `Built 1 notice in 24 ms: 27 warnings in 1 of 2 files`. */
function buildLine(build: DevBuild): string {
  const what =
    build.failure !== undefined
      ? `Could not read the notices: ${build.failure}`
      : build.diagnostics.length === 0
        ? 'no problems'
        : summarize(build.diagnostics, build.fileCount);
  return `${build.version === 1 ? 'Built' : 'Rebuilt'} ${plural(build.processed, 'notice')} in ${Math.round(build.milliseconds)} ms: ${what}`;
}

/** Resolves on the first Ctrl+C (SIGINT) or SIGTERM, and stops listening for them. */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
