import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import data from 'virtual:seloste/site-data';
import type { PageParts, PageSummary, PageText, PublishedNotice, PublishedSite, SiteIdentity } from '../../src/publish/index.ts';
import { NOTICE_FILES } from '../../src/publish/site-names.ts';

/**
 * The notices of this build, published once by the library: the pages take
 * what lists and addresses need from the module the build gives them
 * (src/node/astro-site.ts), and each notice's texts from its files.
 */
export function siteData(): PublishedSite {
  return data;
}

/** The organisation that publishes the site, where the project's settings name it. */
export function siteIdentity(): SiteIdentity | undefined {
  return data.identity;
}

const unchanged = new Set(data.unchanged ?? []);

/** The notices whose pages and records this build makes: all but those the previous site has unchanged, which the build keeps as they are. */
export function builtNotices(): readonly PublishedNotice[] {
  return unchanged.size === 0 ? data.notices : data.notices.filter((notice) => !unchanged.has(notice.id));
}

/** Each notice by the path of its page in each language: `/en/marketing-and-communications/`. */
const byPath = new Map(data.notices.flatMap((notice) => Object.values(notice.pages).map((page) => [page.path, notice] as const)));

/** The notice whose page in `locale` is at `segment` (its slug in that language, else its id). */
export function noticeAt(locale: string, segment: string): PublishedNotice {
  const notice = byPath.get(`/${locale}/${segment}/`);
  if (notice === undefined) throw new Error(`No notice at /${locale}/${segment}/ in this build`);
  return notice;
}

/** The parts of a notice's page in `locale`: its header, summary, contents and sections, as HTML, from the notice's files. */
export function pageParts(notice: PublishedNotice, locale: string): PageParts {
  return JSON.parse(readFileSync(join(notice.folder, NOTICE_FILES.page(locale)), 'utf8')) as PageParts;
}

/** An organisation on a language's list of notices: its name in that language and its notices' pages. */
export interface OrganisationNotices {
  id: string;
  name: PageText;
  notices: { id: string; page: PageSummary }[];
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
