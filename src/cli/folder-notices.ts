import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MissingPathError, collectYamlFiles, displayPath } from '../node/read-files.ts';
import { isOrganisationFile } from '../project/index.ts';

/** How many notice files a message lists before saying how many more there are. */
const LISTED = 10;

/** Whether a path names an existing folder. */
export function isFolder(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

/** The notice files under a folder (organisation files left out), as paths to type. */
export function noticeFilesIn(folder: string, cwd: string): string[] {
  try {
    return collectYamlFiles([folder], cwd)
      .filter((file) => !isOrganisationFile(file))
      .map((file) => displayPath(file, cwd));
  } catch (error) {
    if (error instanceof MissingPathError) return [];
    throw error;
  }
}

/** `a.yaml, b.yaml` or, for many, the first ten and how many more. */
export function listFiles(files: readonly string[]): string {
  const more = files.length - LISTED;
  return more > 0 ? `${files.slice(0, LISTED).join(', ')} and ${more} more` : files.join(', ');
}
