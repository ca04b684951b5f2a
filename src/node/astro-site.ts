import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroInlineConfig, AstroIntegration } from 'astro';
import { siteIdentity, siteRoot, type IdentitySettings, type PublishedSite, type SiteData } from '../publish/index.ts';
import { packageRoot } from './package-root.ts';
import { isPublished, publishInto } from './publish-site.ts';
import { moveFolder } from './move-folder.ts';
import { recordsMiddleware } from './records-middleware.ts';
import { isRunning } from './site-swap.ts';
import { recordsInThread } from './site-records.ts';
import { today } from './today.ts';

/** The module the site's pages import their data from. */
export const SITE_DATA_MODULE = 'virtual:seloste/site-data';

/** The address of an earlier version of a notice: `…/versions/2022-10-24/`. */
const EARLIER_VERSION = /\/versions\/\d{4}-\d{2}-\d{2}\/$/u;

export interface SiteOptions {
  /** The address the site is published at; a path in it (`/tietosuoja/`) is kept in every link. */
  readonly siteUrl?: string;
  /** The languages seloste has standard texts for: the site's locales. */
  readonly locales: readonly string[];
  /** The notices' pages and records, made by the pipeline (in memory, or published into files); asked for once, when Astro sets up. */
  readonly data: () => SiteData | PublishedSite | Promise<SiteData | PublishedSite>;
  /** A file for the data, where the pages read it: inside the build's own folder; the notices' texts of a site in memory are written beside it. */
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
  // A site under a path (https://www.example.fi/tietosuoja) keeps it in every link: the path ends in `/`.
  const siteUrl = siteRoot(options.siteUrl);
  const base = siteUrl.pathname;
  // Each notice page's versions in the other languages, for the sitemap: known once the data are, which is before the sitemap is written.
  const alternates = new Map<string, { lang: string; url: string }[]>();
  // The pages of notices the build keeps from the previous site, which Astro does not make: the sitemap lists them too.
  const keptPages: string[] = [];
  const data = async (): Promise<PublishedSite> => {
    const loaded = await options.data();
    const published = isPublished(loaded)
      ? loaded
      : publishInto(loaded, workFolder(options.dataFile, 'notices'), { siteUrl: siteUrl.href, exportedOn: today() });
    for (const [url, links] of noticeAlternates(published, siteUrl)) alternates.set(url, links);
    keptPages.push(...unchangedPages(published, siteUrl));
    return published;
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
        customPages: keptPages,
        // a notice's page has its own address in each language (its slugs): its versions are the notice's, not the same path's
        serialize: (item) => ({ ...item, links: alternates.get(item.url) ?? item.links ?? [] }),
      }),
      siteDataIntegration({ ...options, data, base }),
    ],
  };
}

/** The full address of each notice page, with the notice's pages in each of its languages. */
function noticeAlternates(data: PublishedSite, siteUrl: URL): Map<string, { lang: string; url: string }[]> {
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
 * Where Astro on its own (astro.config.mjs) keeps the site's data: in the
 * system's temporary folder, one file per process. Those of processes no
 * longer running (a development server stopped with Ctrl-C tells no one) are
 * removed, with the folders made beside them.
 */
export function standaloneDataFile(): string {
  for (const entry of readdirSync(tmpdir())) {
    const pid = Number(/^seloste-site-data-(\d+)/u.exec(entry)?.[1] ?? Number.NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) rmSync(join(tmpdir(), entry), { recursive: true, force: true });
  }
  return join(tmpdir(), `seloste-site-data-${process.pid}.json`);
}

/** Once the pages are made, or the development server stops: the data's file and the folders made beside it are not needed any more. */
function removeWorkFiles(dataFile: string): void {
  for (const made of [dataFile, workFolder(dataFile, 'records'), workFolder(dataFile, 'notices')]) rmSync(made, { recursive: true, force: true });
}

/** A folder beside the data's file for the build's own files: the notices' texts of a site given in memory, the records before they are put in place. */
function workFolder(dataFile: string, name: string): string {
  return join(dirname(dataFile), `${basename(dataFile, '.json')}-${name}`);
}

/** The full addresses of the pages of the notices the build keeps unchanged from the previous site. */
function unchangedPages(data: PublishedSite, siteUrl: URL): string[] {
  const unchanged = new Set(data.unchanged ?? []);
  return data.notices
    .filter((notice) => unchanged.has(notice.id))
    .flatMap((notice) => Object.values(notice.pages).map((page) => new URL(page.path.replace(/^\//u, ''), siteUrl).href));
}

/**
 * Gives the pages the site's data as a module of their own
 * ({@link SITE_DATA_MODULE}), with the organisation's identity in the site's
 * languages: the data are written to a file in the build's folder, which the
 * module reads when the pages are made. Astro starts at once: the data are
 * awaited only before the pages are made (when the pages' modules are
 * written), so that Astro sets up and bundles the pages while the notices are
 * still read. The records are written meanwhile, in a thread of their own,
 * and put into the site when Astro is done with the pages.
 */
function siteDataIntegration(options: Omit<SiteOptions, 'data'> & { readonly data: () => Promise<PublishedSite>; readonly base: string }): AstroIntegration {
  const records = workFolder(options.dataFile, 'records');
  let ready: Promise<{ readonly written: Promise<void> }> | undefined;
  const prepare = () =>
    (ready ??= options.data().then((notices) => {
      const data: PublishedSite = options.identity === undefined ? notices : { ...notices, identity: siteIdentity(options.identity, notices.locales) };
      mkdirSync(dirname(options.dataFile), { recursive: true });
      writeFileSync(options.dataFile, JSON.stringify(data));
      const written = recordsInThread(data, records);
      written.catch(() => undefined); // heard when Astro is done with the pages
      return { written };
    }));
  return {
    name: 'seloste-site-data',
    hooks: {
      'astro:config:setup': async ({ updateConfig, command }) => {
        const resolved = `\0${SITE_DATA_MODULE}`;
        // the development server loads the pages' modules as they are asked for: the data must be there first
        if (command === 'dev') await prepare();
        else void prepare().catch(() => undefined); // its failure is reported where it is awaited, before the pages are made
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
                // the development server has no site to put the records in: it serves them from where they are written
                configureServer: (server: { middlewares: { use: (handler: ReturnType<typeof recordsMiddleware>) => void } }) => {
                  server.middlewares.use(recordsMiddleware(records, options.base, async () => (await prepare()).written));
                },
                // the pages' modules are built (while the notices are read): before Astro imports them to make the pages, the data must be in their file
                buildApp: {
                  order: 'post' as const,
                  handler: async () => {
                    await prepare();
                  },
                },
              },
            ],
          },
        });
      },
      'astro:server:done': () => removeWorkFiles(options.dataFile),
      'astro:build:done': async ({ dir }) => {
        await (
          await prepare()
        ).written;
        moveFolder(join(records, 'records'), join(fileURLToPath(dir), 'records'));
        removeWorkFiles(options.dataFile);
      },
    },
  };
}
