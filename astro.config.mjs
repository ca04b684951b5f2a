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
const site = process.env.SELOSTE_SITE_URL || 'https://tietosuoja.example.fi/';

export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
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
