#!/usr/bin/env node
// The `seloste` command. It runs the bundle in lib/cli/ (made by `npm ci`) when
// that is up to date with src/, else the TypeScript sources, which Node.js runs
// directly (type stripping, on by default from Node.js 22.18).
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import { freshBundle } from './freshness.js';

// Keep the compiled bundle between runs (in the system's temporary folder): later starts skip compiling it.
module.enableCompileCache?.();

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const entry = freshBundle() ?? (process.features.typescript ? '../src/cli/main.ts' : undefined);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`seloste needs Node.js 22.12 or newer; this is Node.js ${process.versions.node}. Install a newer Node.js (see README) and run again.\n`);
  process.exitCode = 2;
} else if (entry === undefined) {
  // Node.js 22.12–22.17 strip types only when asked to.
  const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exitCode = child.status ?? 1;
} else {
  const { main } = await import(entry);
  process.exitCode = await main(process.argv.slice(2));
}
