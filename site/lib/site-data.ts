import { handedOverSiteData } from '../../src/node/handover.ts';
import type { NoticePage, PageText, SiteData, SiteNotice } from '../../src/publish/index.ts';

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

/** An organisation on a language's list of notices: its name in that language and its notices' pages. */
export interface OrganisationNotices {
  id: string;
  name: PageText;
  notices: { id: string; page: NoticePage }[];
}

/** The notices that have a page in `locale`, by organisation, in the order the notices come. */
export function noticesByOrganisation(locale: string): OrganisationNotices[] {
  const organisations = new Map<string, OrganisationNotices>();
  for (const notice of siteData().notices) {
    const page = notice.pages[locale];
    if (page === undefined) continue;
    const organisation = organisations.get(notice.organisationId) ?? { id: notice.organisationId, name: page.organisationName, notices: [] };
    organisation.notices.push({ id: notice.id, page });
    organisations.set(notice.organisationId, organisation);
  }
  return [...organisations.values()];
}
