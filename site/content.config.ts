import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { handedOverSiteData, handOverSiteData } from '../src/node/handover.ts';
import type { SiteData } from '../src/publish/index.ts';

/**
 * The notices, through the library (never a second parser): as handed over by
 * `seloste build`, which has read, validated and rendered them already, or read
 * here when Astro runs on its own. Invalid notices stop the build with the same
 * diagnostics as `seloste validate`.
 */
async function loadSiteData(root: URL): Promise<SiteData> {
  const handed = handedOverSiteData();
  if (handed !== undefined) return handed;
  const [{ loadSite }, { formatDiagnostics, hasErrors, sortDiagnostics }] = await Promise.all([import('../src/node/load-site.ts'), import('../src/diagnostics/index.ts')]);
  const { site, problems, findings } = loadSite({ cwd: fileURLToPath(root) });
  if (hasErrors(problems) || site === undefined) throw new Error(`Invalid notices; nothing was built:\n${formatDiagnostics(sortDiagnostics(problems))}`);
  const warnings = sortDiagnostics([...problems, ...findings]);
  if (warnings.length > 0) console.warn(formatDiagnostics(warnings));
  handOverSiteData(site); // the pages read the rendered parts from here (site/lib/site-data.ts)
  return site;
}

/** One entry per notice: what pages are made, in which languages. The rendered parts stay with the library. */
const notices: Loader = {
  name: 'seloste-notices',
  async load({ store, config }) {
    store.clear();
    for (const notice of (await loadSiteData(config.root)).notices) {
      store.set({ id: notice.id, data: { id: notice.id, languages: notice.languages } });
    }
  },
};

export const collections = {
  notices: defineCollection({ loader: notices }),
};
