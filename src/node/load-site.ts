import { buildSiteData, type SiteData } from '../publish/index.ts';
import type { Project } from '../project/index.ts';
import { defaultTranslator } from './locales.ts';
import { DEFAULT_NOTICE_PATHS, loadNotices } from './load-notices.ts';

/** Where the site's notices are read from: SELOSTE_NOTICES (set by `seloste build`), else notices/. */
export function siteNoticePaths(): readonly string[] {
  const configured = process.env['SELOSTE_NOTICES'];
  return configured === undefined || configured === '' ? DEFAULT_NOTICE_PATHS : configured.split('\n');
}

/**
 * Reads, validates and renders the notices for the site: the one call the
 * Astro content loader makes. The project is returned so that a caller can
 * report its diagnostics; the site data holds only valid notices.
 */
export function loadSite(options: { readonly cwd: string; readonly paths?: readonly string[]; readonly onProgress?: (done: number, total: number) => void }): { project: Project; site: SiteData } {
  const translator = defaultTranslator();
  const project = loadNotices(options.paths ?? siteNoticePaths(), { cwd: options.cwd, locales: translator.locales });
  return { project, site: buildSiteData(project, translator, options.onProgress) };
}
