import type { Translator } from '../i18n/index.ts';

/** The texts of the site's own pages (layout, lists, 404) in one language, by key; `{{name}}` marks a value the page fills in. */
export type SiteTexts = Readonly<Record<string, string>>;

/** Whether a standard text belongs to the site's own pages rather than to notices. */
function isSiteText(key: string): boolean {
  return key.startsWith('site.') || key === 'language.self';
}

/**
 * The texts the site's pages show around the notices, in every language, from
 * the same standard texts the notices are rendered with: the site needs no
 * translator of its own. Placeholders stay in for the page to fill.
 */
export function siteTexts(translator: Translator): Readonly<Record<string, SiteTexts>> {
  const keys = translator.keys.filter(isSiteText);
  return Object.fromEntries(
    translator.locales.map((locale) => {
      const { t } = translator.forLocale(locale);
      return [locale, Object.fromEntries(keys.map((key) => [key, t(key, { url: '{{url}}' })]))];
    }),
  );
}
