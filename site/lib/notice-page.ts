import type { NoticePage, SiteNotice } from '../../src/publish/index.ts';
import { siteData, siteNotice } from './site-data.ts';
import type { Alternate } from './texts.ts';

/** A page for each notice in each of its languages: `getStaticPaths` of the notice pages. */
export function noticePagePaths() {
  return siteData().notices.flatMap((notice) => notice.languages.map((locale) => ({ params: { locale, notice: notice.id } })));
}

/**
 * What a notice page shows: the notice, its page in the locale, the notice
 * page's address (the canonical one of its printable view too) and the view's
 * addresses in every language.
 */
export function noticePage(
  params: Record<string, string | undefined>,
  view: '' | 'print/' = '',
): { notice: SiteNotice; locale: string; page: NoticePage; noticePath: string; alternates: Alternate[]; xDefault: string } {
  const notice = siteNotice(params['notice'] ?? '');
  const locale = params['locale'] ?? '';
  const page = notice.pages[locale];
  if (page === undefined) throw new Error(`No ${locale} page for ${notice.id}`);
  const path = (language: string) => `/${language}/${notice.id}/${view}`;
  return {
    notice,
    locale,
    page,
    noticePath: `/${locale}/${notice.id}/`,
    alternates: notice.languages.map((language) => ({ locale: language, path: path(language) })),
    xDefault: path(notice.languages[0] ?? locale),
  };
}
