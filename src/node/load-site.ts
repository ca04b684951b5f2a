import type { Diagnostic } from '../diagnostics/index.ts';
import { buildSiteData, type SiteData } from '../publish/index.ts';
import type { Project } from '../project/index.ts';
import { defaultTranslator } from './locales.ts';
import { DEFAULT_NOTICE_PATHS, loadNotices } from './load-notices.ts';

/**
 * Where the site's notices are read from when Astro runs on its own (`astro dev`,
 * `astro build`): the newline-separated paths in SELOSTE_NOTICES if set, else
 * notices/. `seloste build` does not use this: it hands the notices it read over directly.
 */
export function siteNoticePaths(): readonly string[] {
  const configured = process.env['SELOSTE_NOTICES'];
  return configured === undefined || configured === '' ? DEFAULT_NOTICE_PATHS : configured.split('\n');
}

/**
 * Reads, validates and renders the notices for the site: the one call the
 * Astro content loader makes. The project is returned so that a caller can
 * report its diagnostics, and the warnings rendering produced beside it; the
 * site data holds only valid notices.
 */
export function loadSite(options: { readonly cwd: string; readonly paths?: readonly string[] }): {
  project: Project;
  site: SiteData;
  renderWarnings: readonly Diagnostic[];
} {
  const project = loadNotices(options.paths ?? siteNoticePaths(), { cwd: options.cwd });
  const { site, diagnostics } = buildSiteData(project, defaultTranslator());
  return { project, site, renderWarnings: diagnostics };
}
