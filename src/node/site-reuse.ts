import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IdentitySettings, PublishedNotice, PublishedSite } from '../publish/index.ts';
import { pruneOldStores, pruneStore, storeFolder } from './notice-store.ts';
import { sameFile } from './same-file.ts';
import type { SwapFolders } from './site-swap.ts';

/** What the last build into an output folder published from the store: the key of what every page shares, and each notice's key. */
interface BuildManifest {
  readonly site: string;
  readonly notices: Readonly<Record<string, string>>;
}

const MANIFEST = 'site.json';

/**
 * The site with the notices whose files the previous build published exactly
 * as this one would (`unchanged`): the same notice key (its sources,
 * seloste's files and settings), the same shared key (the site's address,
 * texts, languages and identity), and every file still in the output.
 * Astro does not make their pages and records again: {@link keepUnchanged}
 * copies them from the previous site.
 */
export function unchangedNotices(site: PublishedSite, folders: SwapFolders, identity: IdentitySettings | undefined): PublishedSite {
  const manifest = readManifest(storeFolder(folders.target));
  if (manifest === undefined || manifest.site !== sharedKey(site, identity)) return site;
  const unchanged = site.notices.filter(
    (notice) =>
      notice.key !== undefined && manifest.notices[notice.id] === notice.key && noticeFiles(notice).every((file) => existsSync(join(folders.target, file))),
  );
  return unchanged.length === 0 ? site : { ...site, unchanged: unchanged.map((notice) => notice.id) };
}

/** Copies the unchanged notices' pages from the previous site into the new one, before it is swapped in. */
export function keepUnchanged(site: PublishedSite, folders: SwapFolders): void {
  const unchanged = new Set(site.unchanged ?? []);
  for (const notice of site.notices) {
    if (!unchanged.has(notice.id)) continue;
    for (const file of noticeFiles(notice)) {
      mkdirSync(dirname(join(folders.site, file)), { recursive: true });
      sameFile(join(folders.target, file), join(folders.site, file));
    }
  }
}

/** After a build swapped in: what it published, for the next build to compare with, and the store without entries no build has used since this one started. */
export function rememberBuild(site: PublishedSite, folders: SwapFolders, identity: IdentitySettings | undefined): void {
  const store = storeFolder(folders.target);
  const manifest: BuildManifest = {
    site: sharedKey(site, identity),
    notices: Object.fromEntries(site.notices.flatMap((notice) => (notice.key === undefined ? [] : [[notice.id, notice.key]]))),
  };
  mkdirSync(store, { recursive: true });
  writeFileSync(join(store, MANIFEST), JSON.stringify(manifest));
  // the store's own time says when a build last used it
  const now = new Date();
  utimesSync(store, now, now);
  if (site.preparedAt !== undefined) pruneStore(store, site.preparedAt);
  pruneOldStores();
}

/** The pages Astro makes for one notice, from the site's root: its page and printable view in each language (its records come from its files in every build). */
function noticeFiles(notice: PublishedNotice): string[] {
  return Object.values(notice.pages).flatMap((page) => {
    const folder = page.path.replace(/^\//u, '');
    return [`${folder}index.html`, `${folder}print/index.html`];
  });
}

/** What every page shares besides its notice: the site's address, texts and languages, and the identity of the organisation that publishes it. */
function sharedKey(site: PublishedSite, identity: IdentitySettings | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify({ siteUrl: site.siteUrl, texts: site.texts, locales: site.locales, identity: identity ?? null }))
    .digest('hex');
}

function readManifest(store: string): BuildManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(store, MANIFEST), 'utf8')) as BuildManifest;
  } catch {
    return undefined;
  }
}
