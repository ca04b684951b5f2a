import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The seloste package's own folder (with package.json, schemas/, site/),
 * found from wherever this module runs: from the sources, from the bundled
 * command in lib/, or inside Vite.
 */
export const packageRoot: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'astro.config.mjs'))) return folder;
    if (dirname(folder) === folder) return start;
  }
}
