import { constants, copyFileSync, linkSync, statSync, type Stats } from 'node:fs';

/** A file's size and modification time: what tells that it was changed since. */
export type FileStamp = readonly [size: number, modified: number];

/** The file's stamp; none when there is no such file. */
export function stampOf(file: string): FileStamp | undefined {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch {
    return undefined;
  }
  return [stats.size, stats.mtimeMs];
}

/** Whether a file's stamp is the one recorded (a file that is missing, or was never recorded, is not). */
export function sameStamp(actual: FileStamp | undefined, recorded: FileStamp | undefined): boolean {
  return actual !== undefined && recorded !== undefined && actual[0] === recorded[0] && actual[1] === recorded[1];
}

/**
 * Puts the file `from` at `to`: a second name for the same file (a hard link)
 * where both are on one disk, which costs no copying, else a copy (the disk's
 * own where it can). Whoever keeps `from` records its stamp and checks it
 * before trusting the file again: `to` edited in place changes `from` too.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
}
