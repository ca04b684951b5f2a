import type { PageParts, PageSummary, PublishedNotice, VersionPage } from '../../src/publish/index.ts';
import { builtNotices, noticeAt, pageParts } from './site-data.ts';
import type { Alternate } from './texts.ts';

/** The last segment of a page's path: the notice's slug in the page's language, else its id. */
function segmentOf(page: PageSummary): string {
  return page.path.split('/').filter(Boolean).at(-1) ?? '';
}

/** A page for each notice in each of its languages, at its path in that language: `getStaticPaths` of the notice pages. */
export function noticePagePaths() {
  return builtNotices().flatMap((notice) =>
    notice.languages.flatMap((locale) => {
      const page = notice.pages[locale];
      return page === undefined ? [] : [{ params: { locale, notice: segmentOf(page) } }];
    }),
  );
}

/**
 * What a notice page shows: the notice, its page in the locale, the notice
 * page's address (the canonical one of its printable view too) and the view's
 * addresses in every language, each at the notice's path in that language.
 */
export function noticePage(
  params: Record<string, string | undefined>,
  view: '' | 'print/' = '',
): { notice: PublishedNotice; locale: string; page: PageSummary & PageParts; noticePath: string; alternates: Alternate[]; xDefault: string } {
  const locale = params['locale'] ?? '';
  const notice = noticeAt(locale, params['notice'] ?? '');
  const summary = notice.pages[locale];
  if (summary === undefined) throw new Error(`No ${locale} page for ${notice.id}`);
  const path = (language: string) => `${notice.pages[language]?.path ?? summary.path}${view}`;
  return {
    notice,
    locale,
    page: { ...summary, ...pageParts(notice, locale) },
    noticePath: summary.path,
    alternates: notice.languages.map((language) => ({ locale: language, path: path(language) })),
    xDefault: path(notice.languages[0] ?? locale),
  };
}

/** A page for each earlier version of each notice in each of its languages: `getStaticPaths` of the versions' pages. */
export function versionPagePaths() {
  return builtNotices().flatMap((notice) =>
    (notice.versions ?? []).flatMap((version) =>
      Object.entries(version.pages).flatMap(([locale, page]) => {
        const current = notice.pages[locale];
        return current === undefined ? [] : [{ params: { locale, notice: segmentOf(current), version: page.date } }];
      }),
    ),
  );
}

/**
 * What an earlier version's page shows: the version's page in the locale,
 * the notice's current page in it (linked as the one in force), and the
 * version's addresses in every language it has.
 */
export function versionPage(params: Record<string, string | undefined>): {
  locale: string;
  page: VersionPage;
  currentPath: string;
  alternates: Alternate[];
  xDefault: string;
} {
  const locale = params['locale'] ?? '';
  const notice = noticeAt(locale, params['notice'] ?? '');
  const version = notice.versions?.find((candidate) => candidate.date === params['version']);
  const page = version?.pages[locale];
  const current = notice.pages[locale];
  if (version === undefined || page === undefined || current === undefined) throw new Error(`No ${locale} version ${params['version'] ?? ''} of ${notice.id}`);
  const alternates = notice.languages.flatMap((language) => {
    const translated = version.pages[language];
    return translated === undefined ? [] : [{ locale: language, path: translated.path }];
  });
  return { locale, page, currentPath: current.path, alternates, xDefault: alternates[0]?.path ?? page.path };
}
