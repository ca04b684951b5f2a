import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { visible } from '../diagnostics/index.ts';
import { PathError } from './path-error.ts';

/** The file seloste leaves in every site it builds: its permission to replace the folder next time. */
export const SITE_MARKER = '.seloste-site';

/**
 * Refuses an output folder that replacing would destroy something (the
 * working directory or one of its parents, seloste's own folder, a folder
 * holding the notices, or a non-empty folder seloste did not build), or
 * that cannot be made because a file stands where a parent folder would be.
 * Relative paths are taken from `cwd`; messages show `outDir` as given.
 */
export function assertReplaceableOutput(
  outDir: string,
  protectedPaths: readonly { readonly path: string; readonly what: string }[],
  cwd: string = process.cwd(),
): void {
  const target = resolve(cwd, outDir);
  const refuse = (why: string) => {
    throw new PathError([outDir], `Refusing to build into ${visible(outDir)}: ${why}; choose a new or empty folder such as dist/`);
  };
  if (dirname(target) === target) refuse('it is the root of the file system');
  for (const { path, what } of protectedPaths) {
    if (isInside(resolve(cwd, path), target)) refuse(`the build replaces the whole folder, which would delete ${what} (${path})`);
  }
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) refuse('it is a file');
    if (readdirSync(target).length > 0 && !builtBySeloste(target)) refuse(`it is not empty and seloste did not build it (it has no ${SITE_MARKER} file)`);
  }
  const blocking = fileInTheWay(dirname(target));
  if (blocking !== undefined) refuse(`${blocking} is a file, not a folder`);
}

/** The nearest existing one of `folder` and its parents, if it is not a folder: then no folder can be made inside it. */
function fileInTheWay(folder: string): string | undefined {
  for (let path = folder; ; path = dirname(path)) {
    if (existsSync(path)) return statSync(path).isDirectory() ? undefined : path;
    if (dirname(path) === path) return undefined;
  }
}

/** A site seloste built: it has the marker, or (built before the marker existed) seloste's record index. */
function builtBySeloste(folder: string): boolean {
  if (existsSync(join(folder, SITE_MARKER))) return true;
  try {
    return (JSON.parse(readFileSync(join(folder, 'records', 'index.json'), 'utf8')) as { recordType?: unknown }).recordType === 'index';
  } catch {
    return false;
  }
}

/** Marks a freshly built site as seloste's, so that a later build may replace it. */
export function markAsSite(folder: string): void {
  writeFileSync(join(folder, SITE_MARKER), 'This folder was built by seloste (`seloste build`); the next build replaces it.\n');
}

/** Whether `path` is `folder` or lies inside it. */
function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}
