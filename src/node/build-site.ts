import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { visible } from '../diagnostics/index.ts';
import { siteRoot, type IdentitySettings, type PublishedSite, type SiteData } from '../publish/index.ts';
import { siteConfig } from './astro-site.ts';
import { isPublished } from './publish-site.ts';
import { keepUnchanged, rememberBuild, unchangedNotices, type SharedSettings } from './site-reuse.ts';
import { installedLocales } from './locale-files.ts';
import { lockOutput } from './build-lock.ts';
import { markAsSite } from './output-folder.ts';
import { createStaging, discardStaging, recoverInterruptedBuilds, swapFolders, swapIn, type SwapFolders } from './site-swap.ts';
import { fileSystemCode, PathError } from './path-error.ts';

export interface BuildSiteOptions {
  /**
   * The rendered notices, from prepareSite (or loadSite): in memory, or
   * published into the store. A promise of them lets Astro set up while they
   * are read; when it rejects, the build stops and leaves the previous site.
   */
  readonly site: SiteData | PublishedSite | Promise<SiteData | PublishedSite>;
  /** Where the finished site goes; replaced only when the build succeeds. */
  readonly outDir: string;
  /** The folder a relative `outDir` is taken from; by default the process's working directory. */
  readonly cwd?: string;
  /** The address the site is published at, for the sitemap and canonical links. */
  readonly siteUrl?: string;
  /** The organisation that publishes the site, from the project's settings (`site.organisation`). */
  readonly identity?: IdentitySettings;
  /** How much Astro says of its own work: `error` (the default) or `info` (SELOSTE_ASTRO_LOG=info). */
  readonly astroLog?: 'info' | 'error';
  /** Hears that another build holds the output folder, and that this one waits for it. */
  readonly onWait?: (holder: number) => void;
  /** Hears that a previous site, left aside by an interrupted build, was put back. */
  readonly onRestored?: (folder: string) => void;
}

/** What a build wrote, counted in the output: pages and records. */
export interface BuiltSite {
  readonly pages: number;
  readonly records: number;
  /** Notices whose pages were kept from the previous site, which had them as this build would make them (their records come from the store). */
  readonly kept: number;
}

/**
 * Builds the Astro site into a fresh folder beside `outDir`, then swaps it in.
 * A build that fails or is killed leaves the previous site as it was; a stale
 * folder from a killed build is removed by the next one. `outDir` is replaced
 * as a whole: check first, before any work, that it may be with
 * assertReplaceableOutput, as `seloste build` does. A folder that
 * cannot be written is a {@link PathError}.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  // heard when Astro asks for the site; until then, a site that fails is no unhandled failure
  Promise.resolve(options.site).catch(() => undefined);
  const folders = swapFolders(resolve(options.cwd ?? process.cwd(), options.outDir));
  writing(options.outDir, () => mkdirSync(dirname(folders.target), { recursive: true }));
  const lock = await lockOutput(folders, options.onWait).catch((error: unknown) => {
    throw asPathError(error, options.outDir);
  });
  try {
    writing(options.outDir, () => {
      const { restored } = recoverInterruptedBuilds(folders);
      if (restored !== undefined) options.onRestored?.(restored);
      createStaging(folders);
    });
    const { built, site } = await buildInto(folders, options);
    if (isPublished(site)) rememberBuild(site, folders, shared(options));
    return built;
  } finally {
    lock.release();
  }
}

async function buildInto(folders: SwapFolders, options: BuildSiteOptions): Promise<{ built: BuiltSite; site: SiteData | PublishedSite }> {
  let site: SiteData | PublishedSite | undefined;
  try {
    const { build } = await import('astro');
    // Astro works in the build's own folder (root, cache, output), never in seloste's installation, which may be
    // read-only: from there its modules and the pages it prerenders must find seloste's packages.
    symlinkSync(installedPackages(), join(folders.staging, 'node_modules'), 'dir');
    const config = siteConfig({
      ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }),
      ...(options.identity === undefined ? {} : { identity: options.identity }),
      locales: installedLocales(),
      data: async () => {
        const given = await options.site;
        // notices whose pages the previous site has as this build would make them: Astro leaves them, and they are copied
        site = isPublished(given) ? unchangedNotices(publishedFor(given, options), folders, shared(options)) : given;
        return site;
      },
      // a file of its own per build: the pages' module names it, so no earlier build's module in this process is reused
      dataFile: join(folders.cache, `site-data-${randomUUID()}.json`),
    });
    await insideFolder(folders.staging, () =>
      build({ ...config, configFile: false, root: folders.cache, outDir: folders.site, cacheDir: folders.cache, logLevel: options.astroLog ?? 'error' }),
    );
    if (site !== undefined && isPublished(site)) keepUnchanged(site, folders);
  } catch (error) {
    await settled();
    discardStaging(folders);
    const code = fileSystemCode(error);
    if (code !== undefined) throw new PathError([options.outDir], cannotWrite(code, options.outDir, dirname(folders.staging)));
    throw error;
  }
  if (site === undefined) throw new Error('Astro finished without asking for the site’s data');
  markAsSite(folders.site);
  const built = { ...countOutput(folders.site), kept: isPublished(site) ? (site.unchanged?.length ?? 0) : 0 };
  writing(options.outDir, () => swapIn(folders));
  return { built, site };
}

/** What every page of the build shows besides its notice: the site's address and the organisation's identity. */
function shared(options: BuildSiteOptions): SharedSettings {
  return { siteUrl: siteRoot(options.siteUrl).href, identity: options.identity };
}

/** A site published for the address the build is for: its records name that address, as the pages will. */
function publishedFor(site: PublishedSite, options: BuildSiteOptions): PublishedSite {
  const siteUrl = siteRoot(options.siteUrl).href;
  if (site.siteUrl !== siteUrl)
    throw new Error(`The site was published for ${site.siteUrl}, not for ${siteUrl}: give prepareSite and buildSite the same address`);
  return site;
}

/**
 * Runs a step that writes beside the output folder; a file-system error (no
 * permission, a read-only or full disk) becomes a {@link PathError} naming the
 * folder, since it is the folder asked for that cannot be used.
 */
function writing<T>(outDir: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw asPathError(error, outDir);
  }
}

/** A file-system error as the {@link PathError} it is for the user; any other error as it is. */
function asPathError(error: unknown, outDir: string): unknown {
  if (!isSystemError(error)) return error;
  if (error.code === 'ENOSPC' || error.code === 'EDQUOT') return new PathError([outDir], cannotWrite(error.code, outDir, dirname(resolve(outDir))));
  return new PathError([outDir], `Cannot write the site to ${visible(outDir)} (${error.message}); choose a folder you can write to, such as dist/`);
}

/**
 * Runs Astro with the build's own folder as the working folder: Astro puts its
 * prerendered modules under the working folder when the output is not inside
 * it (`<cwd>/.astro/.prerender`), where two builds would overwrite each
 * other's and a read-only folder would stop it. The working folder is put
 * back after.
 */
async function insideFolder<T>(folder: string, step: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(folder);
  try {
    return await step();
  } finally {
    process.chdir(previous);
  }
}

/** Lets writes Astro started before it failed come to an end, so that removing the build's folder removes all of it. */
async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The folder that holds the packages seloste runs with (Astro among them), wherever seloste is installed. */
function installedPackages(): string {
  return dirname(dirname(createRequire(import.meta.url).resolve('astro/package.json')));
}

/** What a failed write says to the user: for a full disk, where, and that the published site is untouched. */
function cannotWrite(code: string, outDir: string, where: string): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return `The disk is full: the new site could not be written in ${visible(where)} (${code}); the previous site in ${visible(outDir)} is intact. Free some space and build again`;
  }
  return `Cannot write the site to ${visible(outDir)} (${code}); choose a folder you can write to, such as dist/`;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function countOutput(folder: string): Omit<BuiltSite, 'kept'> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => file.replaceAll('\\', '/'));
  return {
    pages: files.filter((file) => file.endsWith('.html')).length,
    records: files.filter((file) => file.startsWith('records/') && file.endsWith('.json') && !file.endsWith('.tilt.json')).length,
  };
}
