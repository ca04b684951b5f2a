import { resolve } from 'node:path';
import { formatDiagnostics, hasErrors, plural, sortDiagnostics, summarize, visible, type Diagnostic } from '../../diagnostics/index.ts';
import { buildSite } from '../../node/build-site.ts';
import { CONFIG_FILE, loadProjectConfig } from '../../node/load-config.ts';
import { outputStore } from '../../node/notice-store.ts';
import { DEFAULT_NOTICE_PATHS } from '../../node/load-notices.ts';
import { assertReplaceableOutput } from '../../node/output-folder.ts';
import { packageRoot } from '../../node/package-root.ts';
import { prepareSite, type PreparedSite } from '../../node/prepare-site.ts';
import { displayPath } from '../../node/read-files.ts';
import type { Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { noNoticesFound } from '../no-notices.ts';
import { progressLine, statusLine } from '../progress.ts';
import { chooseSiteAddress, placeholderAddressWarning } from '../site-url.ts';
import { today } from '../today.ts';
import { EXIT, parseCommandArgs } from '../usage.ts';

export const command: Command = {
  usage: 'build [paths…] [--out <dir>] [--site <url>] [--strict] [--allow-empty] [--fresh]',
  summary: 'Build the site and the records of processing from notices/',
  help: `Builds the published site from the notices (default: notices/): a page per
notice and language with an “at a glance” summary, a printable view, a home
page per language, the records of processing as JSON (records/), the JSON
Schemas (schemas/) and a sitemap. With site.versions in seloste.config.yaml
(commits or tags from git, or a folder of versions), each notice page also
gets its change history, and each earlier version a page of its own, marked
as no longer in force.

Everything is validated first: on any error nothing is written and the
previous site is left as it was. The new site is built beside the old one
and swapped in only when complete. A path that does not exist or holds no
YAML file is a usage error, and paths that hold only organisation files, no
notice, stop the build too, so that a typo does not replace the published
site by an empty one.

A build keeps each notice's published files in the user's cache
($XDG_CACHE_HOME/seloste/builds/, by default ~/.cache/seloste/builds/), so
that the next build into the same folder reads, lints and renders only the
notices that changed, and keeps the pages of the others; a new version of
seloste, a changed setting or a new day makes everything again.

Lint findings are printed with a summary line starting "Lint:"; they do not
stop the build unless in strict mode (--strict, or lint.strict: true in
seloste.config.yaml), for teams that publish only notices without errors.

Options:
  --out <dir>     where the site goes (default: dist); it must be new, empty
                  or a site seloste built, and is replaced as a whole
  --site <url>    the address it is published at, for the sitemap and
                  canonical links (default: SELOSTE_SITE_URL, else site.url of
                  seloste.config.yaml); a warning is printed while it is unset
                  or a placeholder such as https://tietosuoja.example.fi/
  --strict        lint errors stop the build too
  --allow-empty   build even when the paths hold only organisation files,
                  publishing a site without notices
  --fresh         build from nothing: read every notice and make every page
                  again, without what earlier builds kept
  -h, --help      show this help

Exit codes: 0 built; 1 invalid notices or seloste.config.yaml, only
organisation files (without --allow-empty) or, in strict mode, lint errors
(nothing written); 2 usage error, such as a path that does not exist or holds
no YAML file, or an --out folder that cannot be replaced (nothing written).
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      site: { type: 'string' },
      strict: { type: 'boolean' },
      'allow-empty': { type: 'boolean' },
      fresh: { type: 'boolean' },
    });
    const paths = positionals.length > 0 ? positionals : DEFAULT_NOTICE_PATHS;
    const outDir = values.out ?? 'dist';
    const started = performance.now();
    // Refuse an output folder that replacing would destroy, before any work.
    const protectedPaths = [
      { path: io.cwd, what: 'the working directory' },
      { path: packageRoot, what: 'seloste itself' },
      ...paths.map((path) => ({ path, what: 'the notices' })),
    ];
    assertReplaceableOutput(outDir, protectedPaths, io.cwd);
    const { config, diagnostics: configProblems } = loadProjectConfig(io.cwd);
    const address = chooseSiteAddress(values.site, process.env['SELOSTE_SITE_URL'], config.siteUrl);
    const date = today();
    if (hasErrors(configProblems)) {
      // the configuration decides how notices are linted: no use reading them before it is fixed
      reportBuildDiagnostics({ inputProblems: configProblems, findings: [], fileCount: 1, strict: false }, io);
      return nothingBuilt(io, `Invalid ${CONFIG_FILE}`);
    }
    const progress = progressLine(io, 'Reading and rendering notices');
    const store = outputStore(resolve(io.cwd, outDir));
    const preparing = prepareSite({
      cwd: io.cwd,
      paths,
      lint: config.lint,
      today: date,
      ...(config.versions === undefined ? {} : { versions: config.versions }),
      ...(store === undefined
        ? {}
        : { store: { folder: store, fresh: values.fresh === true, ...(address.url === undefined ? {} : { siteUrl: address.url }) } }),
      onProgress: progress.update,
    });
    const strict = values.strict === true || config.lint.strict;
    const refusalOf = ({ problems, findings, site }: PreparedSite) =>
      whyNotBuild(
        {
          invalid: hasErrors([...configProblems, ...problems]),
          blockingLint: strict && hasErrors(findings),
          empty: site.notices.length === 0 && values['allow-empty'] !== true,
        },
        noNoticesFound(paths, io.cwd),
      );
    const shown = visible(displayPath(resolve(io.cwd, outDir), io.cwd));
    // Astro sets up while the notices are read; it gets them when they may be built, else it stops and builds nothing
    const building = buildSite({
      site: preparing.then((prepared) => {
        if (refusalOf(prepared) !== undefined) throw new Error('The notices are not to be built');
        return prepared.site;
      }),
      outDir,
      cwd: io.cwd,
      ...(address.url === undefined ? {} : { siteUrl: address.url }),
      ...(config.organisation === undefined ? {} : { identity: config.organisation }),
      ...(process.env['SELOSTE_ASTRO_LOG'] === 'info' ? { astroLog: 'info' as const } : {}),
      onWait: (holder) => io.stderr(`Waiting for another seloste build (process ${holder}) that is writing ${shown}/ to finish…\n`),
      onRestored: () => io.stderr(`Put back the previous site in ${shown}/, which an interrupted build had moved aside.\n`),
    });
    // its failure is heard where it is awaited below, or not at all when nothing is to be built
    building.catch(() => undefined);
    // a failure to read stops Astro too, and is said once Astro has let go of the build's folder
    const prepared = await preparing.catch(async (error: unknown) => {
      await building.catch(() => undefined);
      throw error;
    });
    const { site, problems, findings, fileCount } = prepared;
    progress.done();
    reportBuildDiagnostics({ inputProblems: [...configProblems, ...problems], findings, fileCount, strict }, io);
    const refusal = refusalOf(prepared);
    if (refusal !== undefined) {
      // Astro stops on its own, leaving the previous site as it was
      await building.catch(() => undefined);
      return nothingBuilt(io, refusal);
    }
    io.stderr(placeholderAddressWarning(address) ?? '');
    io.stderr(`Building the site for ${plural(site.notices.length, 'notice')} in ${plural(site.locales.length, 'language')}…\n`);
    const astro = statusLine(io, 'Astro is writing the pages, the records and the sitemap…');
    const built = await building.finally(astro.done);
    const kept = built.kept === 0 ? '' : `; ${plural(built.kept, 'notice')} unchanged since the previous build, their pages kept`;
    io.stderr(
      `Built ${shown}/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${plural(built.pages, 'page')} and ${plural(built.records, 'record')}${kept}\n`,
    );
    return EXIT.ok;
  },
};

/** Says why nothing was built; the exit code of a refused build. */
function nothingBuilt(io: CliIo, why: string): number {
  io.stderr(`${why}; nothing was built.\n`);
  return EXIT.invalidInput;
}

/**
 * Prints every problem, then a summary of the input problems and one of the
 * lint findings, saying whether the findings stop the build.
 */
function reportBuildDiagnostics(
  found: { inputProblems: readonly Diagnostic[]; findings: readonly Diagnostic[]; fileCount: number; strict: boolean },
  io: CliIo,
): void {
  const { inputProblems, findings, fileCount, strict } = found;
  const all = sortDiagnostics([...inputProblems, ...findings]);
  if (all.length === 0) return;
  io.stderr(`${formatDiagnostics(all)}\n\n`);
  if (inputProblems.length > 0) io.stderr(`${summarize(inputProblems, fileCount)}\n`);
  if (findings.length === 0) return;
  const effect = strict
    ? 'strict mode: lint errors stop the build'
    : 'not blocking; --strict, or lint.strict: true in seloste.config.yaml, makes lint errors stop the build';
  io.stderr(`Lint: ${summarize(findings, fileCount)} (${effect})\n`);
}

/** Why the site must not be built, if it must not; `noNotices` says what holds no notice. */
function whyNotBuild(state: { invalid: boolean; blockingLint: boolean; empty: boolean }, noNotices: string): string | undefined {
  if (state.invalid) return 'Invalid input';
  if (state.blockingLint) return 'Lint errors in strict mode';
  if (state.empty) return `${noNotices}, or pass --allow-empty to publish a site without notices`;
  return undefined;
}
