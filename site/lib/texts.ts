import { createTranslator, type LocaleMessages, type LocaleTexts } from '../../src/i18n/index.ts';
import { shortenAtWord } from '../../src/publish/shorten.ts';

// The standard texts, bundled with the pages: every locale file there is, so
// a new language is a new JSON file and nothing else.
const modules = import.meta.glob<LocaleMessages>('../../src/i18n/locales/*.json', { eager: true, import: 'default' });
const translator = createTranslator(Object.fromEntries(Object.entries(modules).map(([path, messages]) => [path.replace(/^.*\/|\.json$/gu, ''), messages])));

/** The standard texts of a locale: the same i18next texts the notices are rendered with. */
export function texts(locale: string): LocaleTexts {
  return translator.forLocale(locale);
}

/** A page's address in one language, for links and hreflang alternates. */
export interface Alternate {
  readonly locale: string;
  readonly path: string;
}

/**
 * A page title short enough for tabs and bookmarks (70 characters, as written
 * in the HTML, where quotes and brackets take several): cut at a word, with
 * “…”. The page's heading keeps the full title.
 */
export function fitTitle(title: string, limit = 70): string {
  return shortenAtWord(title, limit, (text) => text.replace(/[&<>"']/gu, '&#39;').length);
}

/**
 * The address of a page of this site, for links: the site may be published
 * under a path (https://www.example.fi/tietosuoja/), which every link keeps.
 */
export function href(path: string): string {
  return `${__SITE_BASE__}${path.replace(/^\//u, '')}`;
}

/**
 * The full address of a page of this site, for search engines and print:
 * `site` is `Astro.site`, whose path (if any) `href` keeps.
 */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site).href;
}
