import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, as paths relative to it with forward slashes. */
export function filesUnder(directory: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(directory, path).split('\\').join('/'));
    }
  };
  walk(directory);
  return found.sort();
}

/** The URL path a built HTML file is served at: `fi/x/index.html` → `/fi/x/`. */
export function pagePath(file: string): string {
  return `/${file.replace(/index\.html$/u, '')}`;
}
