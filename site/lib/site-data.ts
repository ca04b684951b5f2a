import data from 'virtual:seloste/site-data';
import type { NoticePage, PageText, SiteData, SiteIdentity, SiteNotice } from '../../src/publish/index.ts';

/**
 * The notices of this build, rendered once by the library: the pages take
 * them from the module the build gives them (src/node/astro-site.ts), which
 * reads what the pipeline made.
 */
export function siteData(): SiteData {
  return data;
}

/** The organisation that publishes the site, where the project's settings name it. */
export function siteIdentity(): SiteIdentity | undefined {
  return data.identity;
}

const byId = new Map(data.notices.map((notice) => [notice.id, notice]));

/** One notice's rendered pages and record, by its id. */
export function siteNotice(id: string): SiteNotice {
  const notice = byId.get(id);
  if (notice === undefined) throw new Error(`No notice ${id} in this build`);
  return notice;
}

/** Each notice by the path of its page in each language: `/en/marketing-and-communications/`. */
const byPath = new Map(data.notices.flatMap((notice) => Object.values(notice.pages).map((page) => [page.path, notice] as const)));

/** The notice whose page in `locale` is at `segment` (its slug in that language, else its id). */
export function noticeAt(locale: string, segment: string): SiteNotice {
  const notice = byPath.get(`/${locale}/${segment}/`);
  if (notice === undefined) throw new Error(`No notice at /${locale}/${segment}/ in this build`);
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
  for (const notice of data.notices) {
    const page = notice.pages[locale];
    if (page === undefined) continue;
    const organisation = organisations.get(notice.organisationId) ?? { id: notice.organisationId, name: page.organisationName, notices: [] };
    organisation.notices.push({ id: notice.id, page });
    organisations.set(notice.organisationId, organisation);
  }
  return [...organisations.values()];
}
