import { cpSync, renameSync, rmSync } from 'node:fs';

/** Moves a folder to `to` (which must not exist): renamed where both are on one disk, else copied and removed. */
export function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
