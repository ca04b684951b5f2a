// Bundles the `seloste` command into lib/cli/ so that it starts fast: a few
// JavaScript files per command instead of a hundred TypeScript modules to
// strip. Run by `npm ci`/`npm install` (prepare). bin/seloste.js runs the
// bundle only while it was made from the sources as they are (see
// bin/freshness.js); otherwise it runs the sources.
//
// Each command's module is loaded only when that command runs, and code
// splitting keeps what a command does not use out of the chunks it loads:
// `validate` loads the YAML reader, the schema validators and the model, no
// lint, render or site code (test/cli/bundle.test.ts checks this).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { newestSourceTime } from '../bin/freshness.js';
import { eagerFunctions } from './eager-functions.ts';

/** A file of this repository as a path, whatever characters the path holds. */
const pathOf = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Takes these packages' ES module build instead of the CommonJS one that
 * Node.js's `node` export condition picks. A CommonJS module in the bundle
 * runs inside a function that V8 compiles when first called, at every start,
 * since its code cache keeps only what was compiled up front; an ES module's
 * top level is in the cache.
 */
function esmBuildOf(packages: readonly string[]): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'esm-build',
    setup(build) {
      for (const name of packages) {
        const manifestFile = require.resolve(`${name}/package.json`);
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { exports: { '.': { default: string } } };
        const path = join(dirname(manifestFile), manifest.exports['.'].default);
        // esbuild's filters are Go regular expressions: no flags
        build.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path }));
      }
    },
  };
}

/**
 * Prepares the generated schema validators for the bundle:
 * - what they require (ajv's runtime and formats) is bundled with them. From
 *   the sources they require it through a `createRequire` of their own; here
 *   that line is left out, so that esbuild sees the `require` calls and
 *   bundles what they name instead of Node.js resolving it in node_modules/
 *   at every start;
 * - their functions are compiled with the bundle, so that they are in the
 *   code cache instead of being compiled at every start when first called
 *   (see eager-functions.ts): validating a notice calls most of them.
 */
const validatorsForBundle: Plugin = {
  name: 'validators-for-bundle',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]schema[\\/]generated[\\/]validators\.js$/ }, ({ path }) => {
      const code = readFileSync(path, 'utf8');
      const line = 'const require = createRequire(import.meta.url);';
      if (!code.includes(line)) throw new Error(`${path} no longer makes its own require; update scripts/bundle-cli.ts`);
      return { contents: eagerFunctions(code.replace(line, ''), /validate\d+/u), loader: 'js' };
    });
  },
};

/**
 * Imports Node.js's built-in modules by name, reading only the names used.
 * `import { parseArgs } from 'node:util'` would make Node.js build an ES
 * module of node:util, reading every one of its exports, and Node.js loads
 * many of them on first read (node:util's take streams, worker threads and
 * more: milliseconds at every start); esbuild's way with a CommonJS module
 * reads them all too. Here each import of a built-in module becomes a module
 * that requires it and exports each of its names as read from it, which
 * esbuild leaves out wherever no one imports it.
 */
const builtinsByName: Plugin = {
  name: 'builtins-by-name',
  setup(build) {
    const require = createRequire(import.meta.url);
    build.onResolve({ filter: /^node:/ }, ({ path, kind }) => (kind === 'import-statement' ? { path, namespace: 'builtin' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => {
      const names = Object.getOwnPropertyNames(require(path) as object).filter((name) => /^[A-Za-z_][\w$]*$/u.test(name) && name !== 'default');
      const contents = [
        // `$` names: no built-in module exports one
        `const $builtin = require(${JSON.stringify(path)});`,
        'const $read = (name) => $builtin[name];',
        'export default $builtin;',
        ...names.map((name) => `export const ${name} = /* @__PURE__ */ $read(${JSON.stringify(name)});`),
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

/** How the command is bundled into `outdir`. */
export function bundleOptions(outdir: string): BuildOptions & { readonly outdir: string } {
  return {
    // The command, and the worker that build threads run.
    entryPoints: { main: pathOf('../src/cli/main.ts'), 'site-worker': pathOf('../src/node/site-worker.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // Less text to read and hash at every start; names are kept, so that SELOSTE_DEBUG's stack traces name functions.
    minifyWhitespace: true,
    minifySyntax: true,
    // Small libraries go into the bundle (fewer files to load); the site builder stays outside.
    external: ['astro', 'vite', '@astrojs/*'],
    plugins: [esmBuildOf(['yaml']), validatorsForBundle, builtinsByName],
    // CommonJS libraries in the bundle require Node's built-in modules.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    outdir,
    logLevel: 'warning',
  };
}

/** Bundles the command into lib/cli/ with the time of its newest source (bin/freshness.js compares it). */
async function bundleCli(): Promise<void> {
  const outdir = pathOf('../lib/cli/');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  try {
    const sources = newestSourceTime();
    await build(bundleOptions(outdir));
    writeFileSync(join(outdir, 'stamp.json'), `${JSON.stringify({ sources })}\n`);
    console.log('seloste: bundled the command into lib/cli/');
  } catch (error) {
    // Not fatal: the command runs from the TypeScript sources, only slower to start.
    rmSync(outdir, { recursive: true, force: true });
    console.warn(`seloste: could not bundle the command (${error instanceof Error ? error.message : String(error)}); it will run from src/`);
  }
}

if (import.meta.main) await bundleCli();
