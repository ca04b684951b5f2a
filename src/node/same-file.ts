import { constants, copyFileSync, linkSync } from 'node:fs';

/**
 * Puts the file `from` at `to` as it is: a second name for the same file
 * (a hard link) where both are on one disk, which costs no copying, else a
 * copy (the disk's own where it can). Used for files seloste keeps and never
 * changes in place: a notice's records in the store, the pages of the
 * previous site; a new build writes new files, it does not edit these.
 */
export function sameFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
}
