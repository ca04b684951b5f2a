// @ts-check
import { readdirSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Every language seloste has standard texts for; a notice chooses among them.
const locales = readdirSync(new URL('./src/i18n/locales/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort((a, b) => (a === 'fi' ? -1 : b === 'fi' ? 1 : a.localeCompare(b)));

// Where the site is published; set SELOSTE_SITE_URL (or `site.url` in seloste.config.yaml via `seloste build`).
// A site published under a path (https://www.example.fi/tietosuoja) keeps it in every link: the
// path ends in `/`, so that addresses resolved against the site stay under it.
const siteUrl = new URL(process.env.SELOSTE_SITE_URL || 'https://tietosuoja.example.fi/');
siteUrl.pathname = siteUrl.pathname.replace(/\/?$/u, '/');
const site = siteUrl.href;
const base = siteUrl.pathname;

export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  // Fixed at build time: import.meta.env.BASE_URL would yield to a BASE_URL variable in the environment.
  vite: { define: { __SITE_BASE__: JSON.stringify(base) } },
  prefetch: false,
  scopedStyleStrategy: 'class',
  i18n: {
    locales,
    defaultLocale: 'fi',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    sitemap({
      i18n: { defaultLocale: 'fi', locales: Object.fromEntries(locales.map((locale) => [locale, locale])) },
      filter: (page) => !page.includes('/print/'),
    }),
  ],
});
