import { handedOverSiteData } from '../../src/node/handover.ts';
import type { SiteData, SiteNotice } from '../../src/publish/index.ts';

/**
 * The notices of this build, rendered once by the library: the content loader
 * (content.config.ts) reads them, and pages take their rendered parts from
 * here rather than through Astro's data store, which would copy every page's
 * HTML to disk and back.
 */
export function siteData(): SiteData {
  const data = handedOverSiteData();
  if (data === undefined) throw new Error('The notices were not loaded: build the site with `seloste build` or `astro build`, which run the content loader first');
  return data;
}

const indexes = new WeakMap<SiteData, ReadonlyMap<string, SiteNotice>>();

/** One notice's rendered pages and record. */
export function siteNotice(id: string): SiteNotice {
  const data = siteData();
  let index = indexes.get(data);
  if (index === undefined) {
    index = new Map(data.notices.map((notice) => [notice.id, notice]));
    indexes.set(data, index);
  }
  const notice = index.get(id);
  if (notice === undefined) throw new Error(`No notice ${id} in this build`);
  return notice;
}
