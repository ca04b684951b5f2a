import { valueIn, type PerLanguage } from '../model/index.ts';

/** A text of a page, with the language it is in when that is not the page's. */
export interface PageText {
  readonly text: string;
  readonly lang?: string;
}

/** A logo file's contents, as the node layer read it from the file the project's settings name. */
export interface LogoFile {
  /** `svg` or `png`: what the file is, by its contents. */
  readonly type: 'svg' | 'png';
  /** The file's bytes, base64-encoded, so that the site's data stay plain JSON. */
  readonly base64: string;
  /** Its size in pixels, where the file says it: the page reserves the space before the image arrives. */
  readonly width?: number;
  readonly height?: number;
}

/** The organisation that publishes the site, as `site.organisation` in `seloste.config.yaml` gives it. */
export interface IdentitySettings {
  readonly name: PerLanguage<string>;
  readonly website?: string;
  readonly contact?: PerLanguage<string>;
  readonly logo?: LogoFile;
}

/** The organisation that publishes the site, in each of the site's languages, and its logo as a file of the site. */
export interface SiteIdentity {
  readonly name: Readonly<Record<string, PageText>>;
  readonly website?: string;
  /** The line on how to reach the organisation, in each language. */
  readonly contact?: Readonly<Record<string, PageText>>;
  readonly logo?: LogoFile & {
    /** Where the site publishes it, from the site's root: `/assets/logo.svg`. */
    readonly path: string;
  };
}

/** Where the site publishes its files other than pages and records, such as the logo. */
export const ASSETS_FOLDER = 'assets';

/**
 * The organisation's identity for the site: each text in every one of the
 * site's languages, the language's own value where the settings give one,
 * else the first they give, marked with its language.
 */
export function siteIdentity(settings: IdentitySettings, locales: readonly string[]): SiteIdentity {
  const inEach = (value: PerLanguage<string>) => Object.fromEntries(locales.map((locale) => [locale, pageText(value, locale, locales)]));
  return {
    name: inEach(settings.name),
    ...(settings.website === undefined ? {} : { website: settings.website }),
    ...(settings.contact === undefined ? {} : { contact: inEach(settings.contact) }),
    ...(settings.logo === undefined ? {} : { logo: { ...settings.logo, path: `/${ASSETS_FOLDER}/logo.${settings.logo.type}` } }),
  };
}

function pageText(value: PerLanguage<string>, locale: string, locales: readonly string[]): PageText {
  const found = valueIn(value, locale, [...locales, ...Object.keys(value)]) ?? { value: '', lang: undefined };
  return found.lang === undefined || found.lang === locale ? { text: found.value } : { text: found.value, lang: found.lang };
}
