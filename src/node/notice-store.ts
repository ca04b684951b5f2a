import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ShareResult } from '../pipeline/index.ts';
import type { InputFile } from '../project/index.ts';
import { NOTICE_FILES, type PublishedNotice } from '../publish/index.ts';
import { packageRoot } from './package-root.ts';
import { sameStamp, stampOf, type FileStamp } from './file-stamps.ts';
import { swapFolders } from './site-swap.ts';

/**
 * The notices' files kept between builds into one output folder, in the
 * user's cache (`$XDG_CACHE_HOME/seloste/builds/<output>/`, by default under
 * `~/.cache`), never beside the site or in the project: for each notice, by a
 * key made of its sources and everything else its files depend on, the texts
 * the site publishes for it and what the pipeline found. A build reads a
 * notice whose key it finds instead of reading, linting and rendering it
 * again, and Astro does not write its pages again when the previous site has
 * them. Removing the folder only makes the next build slower.
 */
export function storeFolder(target: string): string {
  return join(buildsFolder(), createHash('sha256').update(target).digest('hex').slice(0, 24));
}

/** Where the stores of all output folders are. */
function buildsFolder(): string {
  const configured = process.env['XDG_CACHE_HOME'];
  return join(configured === undefined || configured === '' ? join(homedir(), '.cache') : configured, 'seloste', 'builds');
}

/** Stores no build has used for this long are removed by the next build into any folder. */
const UNUSED_STORE_MS = 30 * 24 * 60 * 60 * 1000;

/** Removes the stores of output folders no build has used for 30 days. */
export function pruneOldStores(now: number = Date.now()): void {
  let stores: string[];
  try {
    stores = readdirSync(buildsFolder());
  } catch {
    return;
  }
  for (const store of stores) {
    const folder = join(buildsFolder(), store);
    try {
      if (now - statSync(folder).mtimeMs > UNUSED_STORE_MS) rmSync(folder, { recursive: true, force: true });
    } catch {
      // removed meanwhile
    }
  }
}

/**
 * The store of builds into `outDir` (the folder a symbolic link as `outDir`
 * points to decides which, as it does for the build's own folder); none when
 * it cannot be made or written, as in a home folder that cannot be written:
 * the build then makes every notice in memory, keeping nothing.
 */
export function outputStore(outDir: string): string | undefined {
  const store = storeFolder(swapFolders(outDir).target);
  const probe = join(store, 'notices', `.probe-${process.pid}`);
  try {
    mkdirSync(join(store, 'notices'), { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
    return store;
  } catch {
    return undefined;
  }
}

/** What a build keeps of one notice besides its files: the pipeline's result for it, and the notice as published (none when it is not valid). */
export interface StoredResult {
  readonly result: ShareResult;
  readonly notice?: Omit<PublishedNotice, 'folder'>;
  /** The record file's stamp as written: the site has it under a second name, and an edit there shows here. */
  readonly recordStamp?: FileStamp;
}

const RESULT_FILE = 'result.json';

/** The folder of a notice's files in the store. */
export function entryFolder(store: string, key: string): string {
  return join(store, 'notices', key);
}

/**
 * The result kept for `key`, if a build kept one whole; the entry is marked
 * as used now, so that pruning keeps it. An entry with a file missing (a
 * store someone tidied by hand) is as good as none: the notice is made again.
 */
export function readStored(store: string, key: string): StoredResult | undefined {
  const folder = entryFolder(store, key);
  try {
    const stored = readResult(folder);
    if (stored === undefined || !isWhole(folder, stored)) return undefined;
    const now = new Date();
    utimesSync(folder, now, now);
    return stored;
  } catch {
    return undefined;
  }
}

function readResult(folder: string): StoredResult | undefined {
  try {
    return JSON.parse(readFileSync(join(folder, RESULT_FILE), 'utf8')) as StoredResult;
  } catch {
    return undefined;
  }
}

/** Whether an entry has every file its notice is published from, its record as it was written. */
function isWhole(folder: string, stored: StoredResult): boolean {
  const pages = Object.keys(stored.notice?.pages ?? {}).map((locale) => NOTICE_FILES.page(locale));
  return (
    [RESULT_FILE, NOTICE_FILES.csvRows, ...pages].every((name) => existsSync(join(folder, name))) &&
    sameStamp(stampOf(join(folder, NOTICE_FILES.record)), stored.recordStamp)
  );
}

let written = 0;

/**
 * Keeps a notice's files and result under `key`: written in a folder of
 * their own, then moved into place whole, so that a build killed meanwhile
 * leaves no entry half-written (and the next build makes it again). An
 * entry already there is kept when it is whole (the same key, the same
 * files), unless asked to `replace` it (`seloste build --fresh`).
 */
export function writeStored(store: string, key: string, files: Readonly<Record<string, string>>, stored: StoredResult, replace = false): string {
  const folder = entryFolder(store, key);
  const partial = join(store, 'notices', `.${key}-${process.pid}-${(written += 1)}`);
  try {
    mkdirSync(partial);
  } catch {
    mkdirSync(partial, { recursive: true }); // the store's first entry: its folders are made too
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(partial, name), text);
  const recordStamp = stampOf(join(partial, NOTICE_FILES.record));
  const kept: StoredResult = recordStamp === undefined ? stored : { ...stored, recordStamp };
  writeFileSync(join(partial, RESULT_FILE), JSON.stringify(kept));
  try {
    renameSync(partial, folder);
  } catch {
    if (!replace && isWhole(folder, readResult(folder) ?? stored)) rmSync(partial, { recursive: true, force: true });
    else {
      // the entry there is moved aside, not removed first: its folder is missing only between two renames
      const aside = `${partial}-old`;
      renameSync(folder, aside);
      renameSync(partial, folder);
      rmSync(aside, { recursive: true, force: true });
    }
  }
  return folder;
}

/** How long an entry no build uses is kept: builds waiting for the output meanwhile still find theirs, whatever the file system's clock grain. */
const UNUSED_ENTRY_MS = 60 * 60 * 1000;

/**
 * Removes the entries no build has used for an hour before `preparedAt` (with
 * half-written folders of killed builds): the store holds about one site and
 * what changed lately.
 */
export function pruneStore(store: string, preparedAt: number): void {
  const before = preparedAt - UNUSED_ENTRY_MS;
  const notices = join(store, 'notices');
  let entries: string[];
  try {
    entries = readdirSync(notices);
  } catch {
    return;
  }
  for (const entry of entries) {
    const folder = join(notices, entry);
    try {
      if (statSync(folder).mtimeMs < before) rmSync(folder, { recursive: true, force: true });
    } catch {
      // removed by another build meanwhile
    }
  }
}

/**
 * The key of a notice's files: its own file and its organisation's, with
 * `settings` (seloste's own files, the lint configuration, today's date, the
 * site's address) — whatever changes any of them changes the key.
 */
export function noticeKey(settings: string, files: readonly InputFile[]): string {
  const hash = createHash('sha256').update(settings);
  for (const file of files) hash.update(`\u0000${file.file}\u0000${file.text}`);
  return hash.digest('hex').slice(0, 40);
}

/**
 * seloste's own files that what it makes of a notice depends on: the code,
 * the schemas, the standard texts and the site's templates, with the
 * versions of Node.js and of the packages seloste uses. A changed rule,
 * schema or locale file, or an upgraded package, changes every key.
 */
export function selosteFingerprint(): string {
  const hash = createHash('sha256');
  // the Node.js that runs it (its ICU formats dates) and the versions of the packages it uses (Astro lays out the pages)
  hash.update(JSON.stringify(process.versions));
  const require = createRequire(join(packageRoot, 'package.json'));
  const { dependencies = {} } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const name of Object.keys(dependencies).sort()) hash.update(`\u0000${name}@${installedVersion(require, name)}`);
  for (const folder of ['src', 'schemas', 'site']) {
    let files: string[];
    try {
      files = readdirSync(join(packageRoot, folder), { recursive: true, encoding: 'utf8' }).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const path = join(packageRoot, folder, file);
      try {
        hash.update(`\u0000${folder}/${file}\u0000`).update(readFileSync(path));
      } catch {
        // a folder
      }
    }
  }
  hash.update(readFileSync(join(packageRoot, 'package.json')));
  return hash.digest('hex');
}

/** The version of an installed package, as its package.json says; none when it cannot be found. */
function installedVersion(require: NodeJS.Require, name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string }).version ?? '';
  } catch {
    return '';
  }
}
