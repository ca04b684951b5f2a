import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../helpers/paths.ts';

/**
 * Runs `body` in a temporary folder holding test/fixtures/minimal with its
 * notice's text changed by `edit`, and removes the folder afterwards.
 */
export async function inMinimalProject<T>(edit: (notice: string) => string, body: (folder: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'seloste-minimal-'));
  try {
    copyFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(folder, 'organisation.yaml'));
    writeFileSync(join(folder, 'asiakasrekisteri.yaml'), edit(readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8')));
    return await body(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
