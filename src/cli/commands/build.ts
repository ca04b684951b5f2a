import { resolve } from 'node:path';
import { formatDiagnostics, plural, sortDiagnostics } from '../../diagnostics/index.ts';
import { buildSite, DEFAULT_NOTICE_PATHS, displayPath, loadSite } from '../../node/index.ts';
import type { Command } from '../command.ts';
import { progressLine } from '../progress.ts';
import { formatLoadErrors } from '../load.ts';
import { EXIT, parseCommandArgs } from '../usage.ts';

export const command: Command = {
  help: `Usage: seloste build [paths…] [--out <dir>] [--site <url>]

Builds the published site from the notices (default: notices/): a page per
notice and language with an “at a glance” summary, a printable view, a home
page per language, the records of processing as JSON (records/), the JSON
Schemas (schemas/) and a sitemap.

Everything is validated first: on any error nothing is written and the
previous site is left as it was. The new site is built beside the old one
and swapped in only when complete.

Options:
  --out <dir>     where the site goes (default: dist)
  --site <url>    the address it is published at, for the sitemap and
                  canonical links (default: SELOSTE_SITE_URL)
  -h, --help      show this help

Exit codes: 0 built, 1 invalid notices (nothing written), 2 usage error.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, site: { type: 'string' } });
    const paths = (positionals.length > 0 ? positionals : DEFAULT_NOTICE_PATHS).map((path) => resolve(io.cwd, path));
    const outDir = resolve(io.cwd, values.out ?? 'dist');
    const started = performance.now();
    const progress = progressLine(io, 'Rendering notices');
    const { project, site } = loadSite({ cwd: io.cwd, paths, onProgress: progress.update });
    progress.done();
    const errors = project.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length > 0) {
      io.stderr(formatLoadErrors(project, 'nothing was built'));
      return EXIT.invalidInput;
    }
    const warnings = sortDiagnostics([...project.diagnostics, ...site.diagnostics]);
    if (warnings.length > 0) io.stderr(`${formatDiagnostics(warnings)}\n\n`);
    io.stderr(`Building the site for ${plural(site.notices.length, 'notice')} in ${plural(site.locales.length, 'language')}…\n`);
    await buildSite({ site, outDir, ...siteUrl(values.site) });
    io.stderr(`Built ${displayPath(outDir, io.cwd)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${plural(countPages(site), 'page')} and ${plural(site.notices.length + 1, 'record')}\n`);
    return EXIT.ok;
  },
};

function siteUrl(option: string | undefined): { siteUrl?: string } {
  const url = option ?? process.env['SELOSTE_SITE_URL'];
  return url === undefined || url === '' ? {} : { siteUrl: url };
}

function countPages(site: { notices: readonly { languages: readonly string[] }[]; locales: readonly string[] }): number {
  // each notice has a page and a printable view per language; a home page per language, the front page and 404
  return site.notices.reduce((sum, notice) => sum + notice.languages.length * 2, 0) + site.locales.length + 2;
}

