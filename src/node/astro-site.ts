import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroInlineConfig, AstroIntegration } from 'astro';
import { siteIdentity, type IdentitySettings, type SiteData } from '../publish/index.ts';
import { packageRoot } from './package-root.ts';

/** The module the site's pages import their data from. */
export const SITE_DATA_MODULE = 'virtual:seloste/site-data';

/** The address of an earlier version of a notice: `…/versions/2022-10-24/`. */
const EARLIER_VERSION = /\/versions\/\d{4}-\d{2}-\d{2}\/$/u;

/** Where the site is published when no address is set: a placeholder, warned about by `seloste build`. */
const PLACEHOLDER_ADDRESS = 'https://tietosuoja.example.fi/';

export interface SiteOptions {
  /** The address the site is published at; a path in it (`/tietosuoja/`) is kept in every link. */
  readonly siteUrl?: string;
  /** The languages seloste has standard texts for: the site's locales. */
  readonly locales: readonly string[];
  /** The notices' pages and records, made by the pipeline; asked for once, when Astro sets up. */
  readonly data: () => SiteData | Promise<SiteData>;
  /** A file for the data, where the pages read it: inside the build's own folder. */
  readonly dataFile: string;
  /** The organisation that publishes the site (`site.organisation` of the project's settings), for every page's header and footer and the front page. */
  readonly identity?: IdentitySettings;
}

/**
 * The whole Astro configuration of the site, given inline to Astro's
 * `build()` by `seloste build`, and by astro.config.mjs when Astro runs on its
 * own: the address, the languages and the data come in as options, never
 * through the environment or a global.
 */
export function siteConfig(options: SiteOptions): AstroInlineConfig {
  const siteUrl = new URL(options.siteUrl ?? PLACEHOLDER_ADDRESS);
  // A site under a path (https://www.example.fi/tietosuoja) keeps it in every link: the path ends in `/`.
  siteUrl.pathname = siteUrl.pathname.replace(/\/?$/u, '/');
  const base = siteUrl.pathname;
  // Each notice page's versions in the other languages, for the sitemap: known once the data are, which is before the sitemap is written.
  const alternates = new Map<string, { lang: string; url: string }[]>();
  const data = async () => {
    const loaded = await options.data();
    for (const [url, links] of noticeAlternates(loaded, siteUrl)) alternates.set(url, links);
    return loaded;
  };
  return {
    srcDir: join(packageRoot, 'site'),
    publicDir: join(packageRoot, 'site', 'public'),
    site: siteUrl.href,
    base,
    trailingSlash: 'always',
    build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
    devToolbar: { enabled: false },
    // Fixed at build time: import.meta.env.BASE_URL would yield to a BASE_URL variable in the environment.
    vite: { define: { __SITE_BASE__: JSON.stringify(base) } },
    prefetch: false,
    scopedStyleStrategy: 'class',
    i18n: { locales: [...options.locales], defaultLocale: 'fi', routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false } },
    integrations: [
      sitemap({
        i18n: { defaultLocale: 'fi', locales: Object.fromEntries(options.locales.map((locale) => [locale, locale])) },
        // printable views and a notice's earlier versions (no longer in force) are not for search engines
        filter: (page) => !page.includes('/print/') && !EARLIER_VERSION.test(page),
        // a notice's page has its own address in each language (its slugs): its versions are the notice's, not the same path's
        serialize: (item) => ({ ...item, links: alternates.get(item.url) ?? item.links ?? [] }),
      }),
      siteDataIntegration({ ...options, data }),
    ],
  };
}

/** The full address of each notice page, with the notice's pages in each of its languages. */
function noticeAlternates(data: SiteData, siteUrl: URL): Map<string, { lang: string; url: string }[]> {
  const found = new Map<string, { lang: string; url: string }[]>();
  for (const notice of data.notices) {
    const links = notice.languages.flatMap((lang) => {
      const page = notice.pages[lang];
      return page === undefined ? [] : [{ lang, url: new URL(page.path.replace(/^\//u, ''), siteUrl).href }];
    });
    for (const link of links) found.set(link.url, links);
  }
  return found;
}

/**
 * Gives the pages the site's data as a module of their own
 * ({@link SITE_DATA_MODULE}), with the organisation's identity in the site's
 * languages: the data are written once to a file in the build's folder, and
 * the module reads that file when the pages are made.
 */
function siteDataIntegration(options: SiteOptions): AstroIntegration {
  return {
    name: 'seloste-site-data',
    hooks: {
      'astro:config:setup': async ({ updateConfig }) => {
        const notices = await options.data();
        const data: SiteData = options.identity === undefined ? notices : { ...notices, identity: siteIdentity(options.identity, notices.locales) };
        mkdirSync(dirname(options.dataFile), { recursive: true });
        writeFileSync(options.dataFile, JSON.stringify(data));
        const resolved = `\0${SITE_DATA_MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'seloste-site-data',
                resolveId: (id: string) => (id === SITE_DATA_MODULE ? resolved : undefined),
                load: (id: string) =>
                  id === resolved
                    ? `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(options.dataFile)}, 'utf8'));\n`
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
