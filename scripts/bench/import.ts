// How long `seloste import` takes on a long Word document: a generated
// 20-page DOCX (about 500 words a page), read through mammoth, imported,
// written as YAML, and validated and linted as the command does. Prints the
// figures; the goal is under 2 seconds for the whole command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { importNotice, toYaml } from '../../src/import/index.ts';
import { readImportFile } from '../../src/node/import-file.ts';
import { installedLocales } from '../../src/node/locale-files.ts';
import { processProject } from '../../src/pipeline/index.ts';
import { DEFAULT_LINT_CONFIG } from '../../src/lint/index.ts';
import { longNotice } from '../make-import-docx.ts';

const pages = Number(process.argv[2] ?? 20);
const folder = mkdtempSync(join(tmpdir(), 'seloste-bench-import-'));
const file = join(folder, 'long.docx');
writeFileSync(file, await longNotice(pages));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const runs: { read: number; import: number; check: number; total: number }[] = [];
let words = 0;
for (let run = 0; run < 5; run += 1) {
  const start = performance.now();
  const read = await readImportFile(file, folder);
  const afterRead = performance.now();
  const result = importNotice(
    { file: 'long.docx', text: read.text, format: read.format, language: 'fi' },
    { id: 'asiakasrekisteri', organisation: { id: 'esimerkki' } },
  );
  const notice = toYaml(result.notice as unknown as Record<string, unknown>);
  const organisation = result.organisation === undefined ? '' : toYaml(result.organisation as unknown as Record<string, unknown>);
  const afterImport = performance.now();
  processProject(
    [
      { file: 'n/organisation.yaml', text: organisation },
      { file: 'n/asiakasrekisteri.yaml', text: notice },
    ],
    { locales: installedLocales(), lint: { config: DEFAULT_LINT_CONFIG, today: '2026-01-15' } },
  );
  const end = performance.now();
  words = read.text
    .replace(/<[^>]+>/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean).length;
  runs.push({ read: afterRead - start, import: afterImport - afterRead, check: end - afterImport, total: end - start });
}

const bin = fileURLToPath(new URL('../../bin/seloste.js', import.meta.url));
const cliStart = performance.now();
execFileSync(
  process.execPath,
  [bin, 'import', file, '--lang', 'fi', '--organisation', 'esimerkki', '--out', join(folder, 'notices/esimerkki/asiakasrekisteri.yaml'), '--format', 'json'],
  { cwd: folder, stdio: 'ignore', env: { ...process.env, SELOSTE_TODAY: '2026-01-15' } },
);
const cli = performance.now() - cliStart;
rmSync(folder, { recursive: true, force: true });

const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`seloste import of a ${String(pages)}-page DOCX (${String(words)} words), median of ${String(runs.length)} runs in one process:`);
console.log(`  read (mammoth → HTML)   ${ms(median(runs.map((run) => run.read)))}`);
console.log(`  import and write YAML   ${ms(median(runs.map((run) => run.import)))}`);
console.log(`  validate and lint       ${ms(median(runs.map((run) => run.check)))}`);
console.log(`  total                   ${ms(median(runs.map((run) => run.total)))}`);
console.log(`the whole command, from a cold start: ${ms(cli)} (goal: under 2 s)`);
