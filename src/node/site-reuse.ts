import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IdentitySettings, PublishedNotice, PublishedSite } from '../publish/index.ts';
import { linkOrCopy, sameStamp, stampOf, type FileStamp } from './file-stamps.ts';
import { SITE_MARKER } from './output-folder.ts';
import { pruneOldStores, pruneStore } from './notice-store.ts';
import type { SwapFolders } from './site-swap.ts';

/**
 * What the last build from the store published into an output folder: the
 * key of what every page shares, each notice's key, and the size and time of
 * every file it made of a notice and of the site's marker, as they were once
 * swapped in. A site some other way changed since (another kind of build, a
 * file edited or deleted in place) no longer matches it, and what does not
 * match is made again.
 */
interface BuildManifest {
  readonly site: string;
  readonly marker: FileStamp;
  readonly notices: Readonly<Record<string, string>>;
  readonly files: Readonly<Record<string, FileStamp>>;
}

const MANIFEST = 'site.json';

/**
 * The site with the notices whose pages the previous build published exactly
 * as this one would (`unchanged`): the same notice key (its sources,
 * seloste's files and settings), the same shared key (the site's address,
 * texts, languages and identity), and each of its pages in the output as that
 * build left it. Astro does not make their pages again: {@link keepUnchanged}
 * copies them from the previous site. Their records come from the store, as
 * every notice's do.
 */
export function unchangedNotices(site: PublishedSite, folders: SwapFolders, shared: SharedSettings): PublishedSite {
  if (site.store === undefined || site.fresh === true) return site;
  const manifest = readManifest(site.store);
  if (manifest === undefined || manifest.site !== sharedKey(site, shared) || !sameStamp(stampOf(join(folders.target, SITE_MARKER)), manifest.marker))
    return site;
  const unchanged = site.notices.filter(
    (notice) =>
      notice.key !== undefined &&
      manifest.notices[notice.id] === notice.key &&
      noticePages(notice).every((file) => sameStamp(stampOf(join(folders.target, file)), manifest.files[file])),
  );
  return unchanged.length === 0 ? site : { ...site, unchanged: unchanged.map((notice) => notice.id) };
}

/** Puts the unchanged notices' pages from the previous site into the new one, before it is swapped in: the same files, whose stamps the manifest keeps. */
export function keepUnchanged(site: PublishedSite, folders: SwapFolders): void {
  const unchanged = new Set(site.unchanged ?? []);
  for (const notice of site.notices) {
    if (!unchanged.has(notice.id)) continue;
    for (const file of noticePages(notice)) {
      mkdirSync(dirname(join(folders.site, file)), { recursive: true });
      linkOrCopy(join(folders.target, file), join(folders.site, file));
    }
  }
}

/**
 * After a build from the store swapped in: what it published, for the next
 * build to compare with, and the store without the entries no build has
 * used for a while. Keeping nothing only makes the next build slower: a
 * failure here does not fail the build.
 */
export function rememberBuild(site: PublishedSite, folders: SwapFolders, shared: SharedSettings): void {
  if (site.store === undefined) return;
  try {
    const manifest: BuildManifest = {
      site: sharedKey(site, shared),
      marker: stampOf(join(folders.target, SITE_MARKER)) ?? [0, 0],
      notices: Object.fromEntries(site.notices.flatMap((notice) => (notice.key === undefined ? [] : [[notice.id, notice.key]]))),
      files: pageStamps(site, folders.target),
    };
    mkdirSync(site.store, { recursive: true });
    writeFileSync(join(site.store, MANIFEST), JSON.stringify(manifest));
    // the store's own time says when a build last used it (see pruneOldStores)
    const now = new Date();
    utimesSync(site.store, now, now);
    if (site.preparedAt !== undefined) pruneStore(site.store, site.preparedAt);
    pruneOldStores();
  } catch {
    // the next build makes what it cannot take from here
  }
}

/** The size and time of each notice's pages in the site. */
function pageStamps(site: PublishedSite, folder: string): Record<string, FileStamp> {
  const stamps: Record<string, FileStamp> = {};
  for (const notice of site.notices) {
    for (const file of noticePages(notice)) {
      const stamp = stampOf(join(folder, file));
      if (stamp !== undefined) stamps[file] = stamp;
    }
  }
  return stamps;
}

/** The pages Astro makes for one notice, from the site's root: its page and printable view in each language. */
function noticePages(notice: PublishedNotice): string[] {
  return Object.values(notice.pages).flatMap((page) => {
    const folder = page.path.replace(/^\//u, '');
    return [`${folder}index.html`, `${folder}print/index.html`];
  });
}

/** What every page shares besides its notice: the site's address, texts and languages, and the identity of the organisation that publishes it. */
function sharedKey(site: PublishedSite, shared: SharedSettings): string {
  return createHash('sha256')
    .update(JSON.stringify({ siteUrl: shared.siteUrl, texts: site.texts, locales: site.locales, identity: shared.identity ?? null }))
    .digest('hex');
}

/** The build's settings every page shows: the site's address (as `siteRoot` gives it) and the organisation that publishes it. */
export interface SharedSettings {
  readonly siteUrl: string;
  readonly identity?: IdentitySettings | undefined;
}

function readManifest(store: string): BuildManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(store, MANIFEST), 'utf8')) as BuildManifest;
  } catch {
    return undefined;
  }
}
