#!/usr/bin/env node
// The `seloste` command. It runs the bundle in lib/cli/ (made by `npm ci`) when
// that was made from the sources as they are (see freshness.js), else the
// TypeScript sources, which Node.js runs directly (type stripping, on by
// default from Node.js 22.18; seloste's dependencies need 22.22).
import module from 'node:module';
import { freshBundle } from './freshness.js';

// Keep the compiled bundle between runs (in the system's temporary folder): later starts skip compiling it.
module.enableCompileCache?.();

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
  process.stderr.write(
    `seloste needs Node.js 22.22 or newer; this is Node.js ${process.versions.node}. Install Node.js 22 (for example \`npm install --prefix ~/.cache/node22 node@22\`, then put ~/.cache/node22/node_modules/.bin first on PATH) and run again.\n`,
  );
  process.exitCode = 2;
} else {
  const { main } = await import(freshBundle() ?? '../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
