import { resolve } from 'node:path';
import { formatDiagnostics, hasErrors, plural, sortDiagnostics, summarize } from '../../diagnostics/index.ts';
import { buildSite } from '../../node/build-site.ts';
import { assertReplaceableOutput } from '../../node/output-folder.ts';
import { packageRoot } from '../../node/package-root.ts';
import { loadProjectConfig } from '../../node/load-config.ts';
import { DEFAULT_NOTICE_PATHS } from '../../node/load-notices.ts';
import { prepareSite } from '../../node/prepare-site.ts';
import { displayPath } from '../../node/read-files.ts';
import type { Command } from '../command.ts';
import { progressLine } from '../progress.ts';
import { today } from '../today.ts';
import { EXIT, parseCommandArgs } from '../usage.ts';

export const command: Command = {
  help: `Usage: seloste build [paths…] [--out <dir>] [--site <url>] [--strict]

Builds the published site from the notices (default: notices/): a page per
notice and language with an “at a glance” summary, a printable view, a home
page per language, the records of processing as JSON (records/), the JSON
Schemas (schemas/) and a sitemap.

Everything is validated first: on any error nothing is written and the
previous site is left as it was. The new site is built beside the old one
and swapped in only when complete. Lint findings are printed; they stop
the build only in strict mode (--strict, or lint.strict in
seloste.config.yaml), for teams that publish only notices without errors.

Options:
  --out <dir>     where the site goes (default: dist)
  --site <url>    the address it is published at, for the sitemap and
                  canonical links (default: site.url of seloste.config.yaml,
                  or SELOSTE_SITE_URL)
  --strict        lint errors stop the build too
  -h, --help      show this help

Exit codes: 0 built, 1 invalid notices or, in strict mode, lint errors
(nothing written), 2 usage error.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, site: { type: 'string' }, strict: { type: 'boolean' } });
    const paths = (positionals.length > 0 ? positionals : DEFAULT_NOTICE_PATHS).map((path) => resolve(io.cwd, path));
    const outDir = resolve(io.cwd, values.out ?? 'dist');
    const started = performance.now();
    // Refuse an output folder that replacing would destroy, before any work.
    const protectedPaths = [{ path: io.cwd, what: 'the working directory' }, { path: packageRoot, what: 'seloste itself' }, ...paths.map((path) => ({ path, what: 'the notices' }))];
    assertReplaceableOutput(outDir, protectedPaths);
    const { config, diagnostics: configProblems } = loadProjectConfig(io.cwd);
    const progress = progressLine(io, 'Reading and rendering notices');
    const { site, problems, findings, fileCount } = await prepareSite({ cwd: io.cwd, paths, lint: config.lint, today: today(), onProgress: progress.update });
    progress.done();
    const invalid = hasErrors([...configProblems, ...problems]);
    const strict = values.strict === true || config.lint.strict;
    const all = sortDiagnostics([...configProblems, ...problems, ...findings]);
    if (all.length > 0) io.stderr(`${formatDiagnostics(all)}\n\n${summarize(all, fileCount)}\n`);
    if (invalid || (strict && hasErrors(findings))) {
      io.stderr(invalid ? 'Invalid input; nothing was built.\n' : 'Lint errors in strict mode; nothing was built.\n');
      return EXIT.invalidInput;
    }
    io.stderr(`Building the site for ${plural(site.notices.length, 'notice')} in ${plural(site.locales.length, 'language')}…\n`);
    await buildSite({ site, outDir, protectedPaths, ...siteUrl(values.site ?? process.env['SELOSTE_SITE_URL'] ?? config.siteUrl) });
    io.stderr(`Built ${displayPath(outDir, io.cwd)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${plural(countPages(site), 'page')} and ${plural(site.notices.length + 1, 'record')}\n`);
    return EXIT.ok;
  },
};

function siteUrl(url: string | undefined): { siteUrl?: string } {
  return url === undefined || url === '' ? {} : { siteUrl: url };
}

function countPages(site: { notices: readonly { languages: readonly string[] }[]; locales: readonly string[] }): number {
  // each notice has a page and a printable view per language; a home page per language, the front page and 404
  return site.notices.reduce((sum, notice) => sum + notice.languages.length * 2, 0) + site.locales.length + 2;
}

