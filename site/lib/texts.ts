import { shortenAtWord } from '../../src/render/shorten.ts';
import { siteData } from './site-data.ts';

/** The texts of the site's own pages in a locale, from the same standard texts the notices are rendered with. */
export function texts(locale: string): { t: (key: string, values?: Readonly<Record<string, string>>) => string } {
  const messages = siteData().texts[locale] ?? {};
  return {
    t: (key, values = {}) => {
      const template = messages[key];
      if (template === undefined) throw new Error(`No site text ${key} for ${locale}`);
      return template.replace(/\{\{(\w+)\}\}/gu, (placeholder, name: string) => values[name] ?? placeholder);
    },
  };
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
