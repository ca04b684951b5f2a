import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** A path inside the repository. */
export function fromRoot(path: string): string {
  return fileURLToPath(new URL(`../../${path}`, import.meta.url));
}

export const seedNotice = 'notices/pori-energia/markkinointi-ja-viestinta.yaml';
export const seedOriginal = 'test/fixtures/seed/original.txt';
