import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file inside a folder seloste is building: only folders holding it are ever removed as leftovers. */
export const STAGING_MARKER = '.seloste-staging';

/** The steps of a swap, in order: a test may stop the process at each to check that the next build recovers. */
export type SwapStep = 'staged' | 'old-moved-aside' | 'new-moved-in' | 'old-removed';

/**
 * The folders of one build: the build's own work folder (`staging`, beside
 * the output), the new site inside it (`site`), where the previous site waits
 * during the swap (`retired`), and the output itself (`target`, the real
 * folder when the output is a symbolic link to one).
 */
export interface SwapFolders {
  /** The output as given (a symbolic link stays one). */
  readonly output: string;
  /** The folder that is replaced: the output, or the folder its link points to. */
  readonly target: string;
  /** The build's work folder: the new site, caches, and what Astro needs beside its output. */
  readonly staging: string;
  /** The new site, inside `staging`. */
  readonly site: string;
  readonly retired: string;
  /** Where Astro and Vite may keep caches for this build only. */
  readonly cache: string;
}

/**
 * Chooses the folders of a build into `outDir`. A symbolic link as the output
 * (`dist` → `/srv/www/tietosuoja`) is followed: its target is what a web
 * server serves, so the target is replaced and the link kept.
 */
export function swapFolders(outDir: string, id: string = String(process.pid)): SwapFolders {
  const output = resolve(outDir);
  const target = isSymbolicLink(output) ? resolveLink(output) : output;
  const prefix = join(dirname(target), `.${basename(target)}-build-`);
  const staging = `${prefix}${id}`;
  return { output, target, staging, site: join(staging, 'site'), retired: `${prefix}${id}-old`, cache: join(staging, 'cache') };
}

/**
 * Puts back what an interrupted build left: a previous site moved aside whose
 * replacement never arrived is moved back (never deleted: it is the only
 * copy), and folders of builds no longer running are removed, but only those
 * seloste made (they hold {@link STAGING_MARKER}). Returns what it restored.
 */
export function recoverInterruptedBuilds(folders: SwapFolders): { restored?: string } {
  const parent = dirname(folders.target);
  if (!existsSync(parent)) return {};
  const prefix = `.${basename(folders.target)}-build-`;
  let restored: string | undefined;
  for (const name of readdirSync(parent)
    .filter((entry) => entry.startsWith(prefix))
    .sort()) {
    const path = join(parent, name);
    const pid = Number(/-build-(\d+)(?:-old)?$/u.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue;
    if (!existsSync(join(path, STAGING_MARKER))) continue;
    if (name.endsWith('-old') && !existsSync(folders.target)) {
      renameSync(path, folders.target);
      rmSync(join(folders.target, STAGING_MARKER), { force: true });
      restored = folders.target;
      continue;
    }
    rmSync(path, { recursive: true, force: true });
  }
  return restored === undefined ? {} : { restored };
}

/** Makes the build's own folder, marked as seloste's so that only it is ever cleaned up, with an empty site folder. */
export function createStaging(folders: SwapFolders): void {
  mkdirSync(dirname(folders.target), { recursive: true });
  mkdirSync(folders.site, { recursive: true });
  writeFileSync(join(folders.staging, STAGING_MARKER), 'seloste is building a site here; a later build removes this folder if this one was interrupted.\n');
}

/**
 * Replaces the target by the new site in two renames: the old site is moved
 * aside (marked, so that an interrupted swap restores it), the new one moved
 * in, then the old one and the work folder removed. The new folder takes the
 * old one's mode and group, so a web server that could read the old site
 * reads the new one. `afterStep` is for tests.
 */
export function swapIn(folders: SwapFolders, afterStep: (step: SwapStep) => void = () => {}): void {
  const previous = existsSync(folders.target) ? statSync(folders.target) : undefined;
  if (previous !== undefined) {
    chmodSync(folders.site, previous.mode & 0o7777);
    try {
      chownSync(folders.site, previous.uid, previous.gid);
    } catch {
      // only the owner's own groups are allowed to non-root users; the mode is what matters most
    }
  }
  afterStep('staged');
  if (previous !== undefined) {
    writeFileSync(join(folders.target, STAGING_MARKER), 'The previous site, moved aside while the new one is swapped in.\n');
    renameSync(folders.target, folders.retired);
  }
  afterStep('old-moved-aside');
  try {
    renameSync(folders.site, folders.target);
  } catch (error) {
    if (previous !== undefined) restoreRetired(folders);
    throw error;
  }
  afterStep('new-moved-in');
  rmSync(folders.retired, { recursive: true, force: true });
  rmSync(folders.staging, { recursive: true, force: true });
  afterStep('old-removed');
}

/** Removes a build's own folder after a failure; the previous site is untouched. */
export function discardStaging(folders: SwapFolders): void {
  rmSync(folders.staging, { recursive: true, force: true });
}

function restoreRetired(folders: SwapFolders): void {
  renameSync(folders.retired, folders.target);
  rmSync(join(folders.target, STAGING_MARKER), { force: true });
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The folder a link points to, even when it does not exist yet (a dangling link to a folder to be made). */
function resolveLink(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(dirname(path), readlinkSync(path));
  }
}

/** Whether a process is alive (or alive under another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
