// Preloaded with `node --import` to act as a full disk: every write into a
// folder of a seloste build (`.<out>-build-<pid>/site/…`) fails with ENOSPC,
// as it would when the disk fills up while Astro writes the pages.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const full = (path) => /-build-\d+[\\/]site[\\/]/u.test(String(path));
const enospc = (path) =>
  Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), { code: 'ENOSPC', errno: -28, syscall: 'open', path: String(path) });

const { writeFile } = fs.promises;
fs.promises.writeFile = async (path, ...rest) => (full(path) ? Promise.reject(enospc(path)) : writeFile(path, ...rest));
const { writeFileSync } = fs;
fs.writeFileSync = (path, ...rest) => {
  if (full(path)) throw enospc(path);
  return writeFileSync(path, ...rest);
};
syncBuiltinESMExports();
