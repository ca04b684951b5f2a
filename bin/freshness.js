// Whether the bundled command in lib/cli/ was made from the sources as they are now.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The latest modification time of any file the command is built from. */
export function newestSourceTime() {
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'schemas'));
  return newest;
}

/** The bundled entry point, when it exists and no source is newer than it. */
export function freshBundle() {
  const stamp = join(root, 'lib', 'cli', 'stamp.json');
  if (!existsSync(stamp)) return undefined;
  const { sources } = JSON.parse(readFileSync(stamp, 'utf8'));
  return newestSourceTime() <= sources ? new URL('../lib/cli/main.js', import.meta.url).href : undefined;
}
