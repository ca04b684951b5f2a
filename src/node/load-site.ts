import { formatDiagnostics, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import type { SiteData } from '../publish/index.ts';
import { loadProjectConfig } from './load-config.ts';
import { DEFAULT_NOTICE_PATHS } from './load-notices.ts';
import { processFromDisk } from './process-from-disk.ts';
import { readNoticeFiles } from './read-files.ts';
import { withHistory } from './site-history.ts';
import { today } from './today.ts';

/**
 * Where the site's notices are read from when Astro runs on its own (`astro dev`,
 * `astro build`): the newline-separated paths in SELOSTE_NOTICES if set, else
 * notices/. `seloste build` does not use this: it gives the loader the notices it read.
 */
export function siteNoticePaths(): readonly string[] {
  const configured = process.env['SELOSTE_NOTICES'];
  return configured === undefined || configured === '' ? DEFAULT_NOTICE_PATHS : configured.split('\n');
}

/**
 * The site's data when Astro runs on its own: the same pipeline as `seloste
 * build` (read, validate, render, lint with the project's configuration), so
 * that `astro dev` shows what the build would, the notices' history
 * included when `site.versions` asks for it. Problems with the input and
 * the configuration, and lint findings, come beside.
 */
export function loadSite(options: { readonly cwd: string; readonly paths?: readonly string[] }): {
  site?: SiteData;
  problems: readonly Diagnostic[];
  findings: readonly Diagnostic[];
} {
  const { config, diagnostics: configProblems } = loadProjectConfig(options.cwd);
  const paths = options.paths ?? siteNoticePaths();
  const lint = { config: config.lint, today: today() };
  const result = processFromDisk(paths, { cwd: options.cwd, render: true, lint });
  const problems = [...configProblems, ...result.problems];
  if (result.site === undefined || config.versions === undefined || hasErrors(problems)) {
    return { ...(result.site === undefined ? {} : { site: result.site }), problems, findings: result.findings };
  }
  const history = withHistory(result.site, readNoticeFiles(paths, options.cwd).inputs, config.versions, { cwd: options.cwd, lint });
  return { site: history.site, problems, findings: sortDiagnostics([...result.findings, ...history.findings]) };
}

/**
 * The site's data for Astro on its own: the problems and findings printed as
 * `seloste build` prints them, and an error, which stops Astro, when a
 * notice is invalid.
 */
export function siteDataOrThrow(options: { readonly cwd: string }): SiteData {
  const { site, problems, findings } = loadSite(options);
  if (hasErrors(problems) || site === undefined) throw new Error(`Invalid notices; nothing was built:\n${formatDiagnostics(sortDiagnostics(problems))}`);
  const warnings = sortDiagnostics([...problems, ...findings]);
  if (warnings.length > 0) console.warn(formatDiagnostics(warnings));
  return site;
}
