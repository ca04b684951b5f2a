// Swaps a staged site into an output folder and is killed after the step named
// on the command line: `node test/helpers/swap-and-die.ts <out> <step>`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStaging, swapFolders, swapIn, type SwapStep } from '../../src/node/site-swap.ts';

const [out = '', dieAfter = ''] = process.argv.slice(2);
const folders = swapFolders(out);
createStaging(folders);
writeFileSync(join(folders.site, 'index.html'), 'new site');
swapIn(folders, (step: SwapStep) => {
  if (step === dieAfter) process.kill(process.pid, 'SIGKILL');
});
