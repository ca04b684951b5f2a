// Whether the bundled command in lib/cli/ may run: only when it was made
// from the sources as they are now.
//
// - Where seloste's sources may be edited (a clone of the repository, or any
//   folder outside node_modules/), every file under src/ and schemas/, and
//   package.json, is compared with the time of the newest of them when the
//   bundle was made (lib/cli/stamp.json, written by scripts/bundle-cli.ts):
//   one file changed since, and the TypeScript sources run instead, so an
//   edit is never shadowed by a stale bundle. Looking up ~350 files' times
//   takes a millisecond or two (with paths joined by hand: path.join would
//   cost as much again).
// - An installed package (inside a node_modules/ folder) runs the bundle it
//   was installed with, without looking: its sources are not edited in
//   place, and installing bundles them again (the `prepare` script).
import { createRequire } from 'node:module';

// Node's built-in modules are required, not imported: importing node:fs would
// make an ES module of it, reading every export, which loads its streams too.
const require = createRequire(import.meta.url);
/** @type {import('node:fs')} */
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
/** @type {import('node:url')} */
const { fileURLToPath, pathToFileURL } = require('node:url');

/** seloste's own folder, without a separator at the end: paths inside are joined with `/`, which every platform's file functions take. */
const packageRoot = fileURLToPath(new URL('../', import.meta.url)).replace(/[\\/]$/u, '');

/** The latest modification time of any file the command is built from: package.json and every file under src/ and schemas/. */
export function newestSourceTime(root = packageRoot) {
  let newest = statSync(`${root}/package.json`).mtimeMs;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(`${root}/src`);
  walk(`${root}/schemas`);
  return newest;
}

/** The bundled entry point's address, when there is a bundle and it may run. */
export function freshBundle(root = packageRoot) {
  const stamp = `${root}/lib/cli/stamp.json`;
  if (!existsSync(stamp)) return undefined;
  if (!/[\\/]node_modules[\\/]/u.test(root)) {
    const { sources } = JSON.parse(readFileSync(stamp, 'utf8'));
    if (newestSourceTime(root) > sources) return undefined;
  }
  return pathToFileURL(`${root}/lib/cli/main.js`).href;
}
