import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning, type SwapFolders } from './site-swap.ts';

/** A build's hold on its output folder; `release` gives it up. */
export interface BuildLock {
  readonly path: string;
  release(): void;
}

/**
 * Takes the output folder for this build: a second build into the same
 * folder waits until the first has swapped its site in (told once through
 * `onWait`), so that neither replaces the other's half-made site. A lock left
 * by a build that was killed is taken over.
 */
export async function lockOutput(folders: SwapFolders, onWait: (holder: number) => void = () => {}, pollMs = 200): Promise<BuildLock> {
  const path = `${folders.staging.replace(/-build-[^/\\]*$/u, '')}.lock`;
  let told = false;
  for (;;) {
    const taken = tryLock(path);
    if (taken !== undefined) return taken;
    const holder = lockHolder(path);
    if (holder === undefined || !isRunning(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    if (!told) {
      onWait(holder);
      told = true;
    }
    await sleep(pollMs);
  }
}

/** Creates the lock file with this process's id in it, in one step (a hard link), or finds it taken. */
function tryLock(path: string): BuildLock | undefined {
  const written = `${path}.${process.pid}`;
  writeFileSync(written, String(process.pid));
  try {
    linkSync(written, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  } finally {
    rmSync(written, { force: true });
  }
  return {
    path,
    release: () => {
      if (lockHolder(path) === process.pid) rmSync(path, { force: true });
    },
  };
}

function lockHolder(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
