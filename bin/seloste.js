#!/usr/bin/env node
// The `seloste` command. The library is TypeScript, which Node.js runs
// directly (type stripping, on by default from Node.js 22.18).
import { spawnSync } from 'node:child_process';

if (process.features.typescript) {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} else {
  // Node.js 22.12–22.17 strip types only when asked to.
  const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exitCode = child.status ?? 1;
}
