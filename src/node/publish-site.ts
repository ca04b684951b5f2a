import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSite, publishNotice, type PublishedSite, type PublishOptions, type SiteData } from '../publish/index.ts';

/**
 * A site made in memory (Astro on its own, `buildSite` from a library
 * caller, a site with versions) published as Astro is given it: each
 * notice's texts written into a folder of its own under `folder`.
 */
export function publishInto(site: SiteData, folder: string, options: PublishOptions): PublishedSite {
  const notices = site.notices.map((notice, index) => {
    const published = publishNotice(notice, options);
    const noticeFolder = join(folder, String(index));
    mkdirSync(noticeFolder, { recursive: true });
    for (const [name, text] of Object.entries(published.files)) writeFileSync(join(noticeFolder, name), text);
    return { ...published.notice, folder: noticeFolder };
  });
  const { notices: _, recordIndex, ...shared } = site;
  const organisations = { ...recordIndex, organisations: recordIndex.organisations.map((organisation) => ({ ...organisation, notices: [] })), records: [] };
  return publishedSite(shared, notices, organisations, options);
}

/** Whether the site is already published (its notices' texts in files), not in memory. */
export function isPublished(site: SiteData | PublishedSite): site is PublishedSite {
  return 'siteUrl' in site;
}
