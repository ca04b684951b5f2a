import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { formatDiagnostics, handedOverSiteData, hasErrors, loadSite, reportProgress, sortDiagnostics, type SiteData, type SiteNotice } from '../src/index.ts';

let loaded: SiteData | undefined;

/**
 * The notices, through the library (never a second parser): as handed over by
 * `seloste build`, which has read and rendered them already, or read here when
 * Astro runs on its own. Invalid notices stop the build with the same
 * diagnostics as `seloste validate`.
 */
function siteData(root: URL): SiteData {
  loaded ??= handedOverSiteData();
  if (loaded !== undefined) return loaded;
  const { project, site } = loadSite({ cwd: fileURLToPath(root), onProgress: reportProgress });
  if (hasErrors(project.diagnostics)) {
    throw new Error(`Invalid notices; nothing was built:\n${formatDiagnostics(sortDiagnostics(project.diagnostics))}`);
  }
  loaded = site;
  return site;
}

const notices: Loader = {
  name: 'seloste-notices',
  load({ store, config }) {
    store.clear();
    for (const notice of siteData(config.root).notices) store.set({ id: notice.id, data: { ...notice } });
    return Promise.resolve();
  },
};

const recordIndex: Loader = {
  name: 'seloste-record-index',
  load({ store, config }) {
    store.clear();
    const site = siteData(config.root);
    store.set({ id: 'index', data: { recordIndex: site.recordIndex, locales: site.locales } });
    return Promise.resolve();
  },
};

export const collections = {
  notices: defineCollection({ loader: notices }),
  site: defineCollection({ loader: recordIndex }),
};

export type { SiteNotice };
