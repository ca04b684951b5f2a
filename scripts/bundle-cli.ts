// Bundles the `seloste` command into lib/cli/ so that it starts fast: one
// JavaScript file per command instead of a hundred TypeScript modules to strip.
// Run by `npm ci`/`npm install` (prepare). bin/seloste.js uses the bundle only
// while it is newer than package.json and every file under src/ and schemas/
// (see bin/freshness.js); otherwise it runs the sources.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { newestSourceTime } from '../bin/freshness.js';

/** A file of this repository as a path, whatever characters the path holds. */
const pathOf = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

const outdir = new URL('../lib/cli/', import.meta.url);
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
try {
  const sources = newestSourceTime();
  await build({
    // The command, and the worker that build threads run.
    entryPoints: { main: pathOf('../src/cli/main.ts'), 'site-worker': pathOf('../src/node/site-worker.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // Small libraries go into the bundle (fewer files to load); the site builder stays outside.
    external: ['astro', 'vite', '@astrojs/*'],
    // CommonJS libraries in the bundle require Node's built-in modules.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    outdir: fileURLToPath(outdir),
    logLevel: 'warning',
  });
  writeFileSync(new URL('stamp.json', outdir), `${JSON.stringify({ sources })}\n`);
  console.log('seloste: bundled the command into lib/cli/');
} catch (error) {
  // Not fatal: the command runs from the TypeScript sources, only slower to start.
  rmSync(outdir, { recursive: true, force: true });
  console.warn(`seloste: could not bundle the command (${error instanceof Error ? error.message : String(error)}); it will run from src/`);
}
