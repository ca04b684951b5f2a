import { readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from './config-file.ts';

/** A watch on the files a preview is made from; `close` ends it. */
export interface InputWatch {
  close(): void;
}

/**
 * Calls `onChange` once the files under `paths` and `seloste.config.yaml`
 * have been quiet for `quietMs` after a change: an editor's save is several
 * events, and one build follows it.
 *
 * Each folder is watched on its own (a folder path and every folder under it
 * but hidden ones and node_modules, as notices are looked for; for a file
 * path, its folder, which holds its organisation file), and the folders are
 * looked for again after every change, so a new one is watched too. Not
 * Node.js's recursive watch: on Linux it watches each file, and loses a file
 * that an editor saves by renaming a new copy over it. A path that cannot be
 * watched (it does not exist) is skipped; the build reports it.
 */
export function watchInputs(paths: readonly string[], cwd: string, onChange: () => void, quietMs = 40): InputWatch {
  let timer: NodeJS.Timeout | undefined;
  const watchers = new Map<string, FSWatcher>();
  const roots = paths
    .map((path) => resolve(cwd, path))
    .map((path) => (isDirectory(path) ? { folder: path, deep: true } : { folder: dirname(path), deep: false }));
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      update();
      onChange();
    }, quietMs);
  };
  /** Watches the folders there are now, and no longer those that are gone. */
  const update = () => {
    const folders = new Set(roots.flatMap((root) => (root.deep ? foldersUnder(root.folder) : [root.folder])));
    for (const [folder, watcher] of watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, changed);
        // a watched folder that is removed: the next build says what is missing
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
          changed();
        });
        watchers.set(folder, watcher);
      } catch {
        // gone before it could be watched
      }
    }
  };
  update();
  let config: FSWatcher | undefined;
  try {
    config = watch(resolve(cwd), (_event, name) => {
      if (name === null || String(name) === CONFIG_FILE) changed();
    });
    config.on('error', () => config?.close());
  } catch {
    // a working directory that cannot be watched: the configuration is read at start only
  }
  return {
    close() {
      clearTimeout(timer);
      config?.close();
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/**
 * A folder and every folder under it, but hidden ones and node_modules, which
 * hold no notices; linked folders followed once each, as notices are read.
 */
function foldersUnder(folder: string, seen = new Set<string>()): string[] {
  let entries;
  try {
    const real = realpathSync(folder);
    if (seen.has(real)) return [];
    seen.add(real);
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const folders = entries.filter(
    (entry) =>
      !entry.name.startsWith('.') &&
      entry.name !== 'node_modules' &&
      (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(join(folder, entry.name)))),
  );
  return [folder, ...folders.flatMap((entry) => foldersUnder(join(folder, entry.name), seen))];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
