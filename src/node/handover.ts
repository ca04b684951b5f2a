import type { SiteData } from '../publish/index.ts';

/**
 * Site data the CLI has already read, validated and rendered, handed to the
 * Astro content loader so that a build parses each notice once. The loader
 * runs in Vite's copy of the library, so the data travels on a global symbol.
 */
const key = Symbol.for('seloste.site-data');
const registry = globalThis as typeof globalThis & { [key]?: SiteData };

export function handOverSiteData(site: SiteData | undefined): void {
  if (site === undefined) delete registry[key];
  else registry[key] = site;
}

/** The data handed over for this build, if a caller did. */
export function handedOverSiteData(): SiteData | undefined {
  return registry[key];
}
