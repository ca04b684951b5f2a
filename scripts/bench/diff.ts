// `node scripts/bench/diff.ts`: how long diffing two versions of 1,000 notices
// takes, against validating them. A script, not a test: it prints figures and
// asserts nothing. BENCH_N sets the number of notices (default 1000).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { diffNotices } from '../../src/diff/index.ts';
import type { Notice } from '../../src/model/index.ts';
import { installedLocales } from '../../src/node/locale-files.ts';
import { isOrganisationFile, loadProject, type InputFile } from '../../src/project/index.ts';
import { validateDocument } from '../../src/schema/index.ts';
import { parseYaml } from '../../src/source/index.ts';
import { writeSyntheticNotices } from './synthetic.ts';
import { median, time } from './timing.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const count = Number(process.env['BENCH_N'] ?? 1000);
const folder = join(root, 'bench-work', `diff-${count}`);
const log = (line: string) => process.stderr.write(`${line}\n`);

log(`generating ${count} synthetic notices and a second version of each…`);
writeSyntheticNotices(folder, count);
const files = readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();
const first: InputFile[] = files.map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));

/** What the edits below touch of a synthetic notice (scripts/bench/synthetic.ts). */
interface Synthetic {
  lastUpdated: string;
  purposes: { items: unknown[] };
  retention: { rules: { period: string }[] };
  recipients: { items: unknown[] };
  introduction: { en: string };
  changes: { log?: unknown[] };
}

/**
 * The second version of a notice, as a year's edits make it: a purpose
 * added, a retention period lengthened, a recipient removed, the
 * introduction reworded and a change logged.
 */
function secondVersion(text: string, index: number): string {
  const notice = parse(text) as Synthetic;
  notice.lastUpdated = '2026-06-01';
  notice.purposes.items.push({
    id: 'uusi-tarkoitus',
    description: { fi: 'Uusi käsittelyn tarkoitus', en: 'A new purpose' },
    legalBasis: { basis: 'contract' },
  });
  if (notice.retention.rules[0] !== undefined) notice.retention.rules[0].period = 'P10Y';
  if (index % 2 === 0) notice.recipients.items.pop();
  notice.introduction.en = `${notice.introduction.en.replace(/^\S+/u, 'Updated')} Reworded.`;
  notice.changes.log = [{ date: '2026-06-01', description: { fi: 'Lisätty uusi tarkoitus.', en: 'Added a new purpose.' } }];
  return stringify(notice, { lineWidth: 100 });
}
let noticeIndex = 0;
const second: InputFile[] = first.map((input) =>
  isOrganisationFile(input.file) ? input : { file: input.file, text: secondVersion(input.text, noticeIndex++) },
);

const locales = installedLocales();
const load = (inputs: readonly InputFile[]) => loadProject(inputs, { locales });
const before = load(first);
const after = load(second);
if (before.notices.length !== count || after.notices.length !== count || after.diagnostics.length > 0)
  throw new Error(`the versions are invalid: ${JSON.stringify(after.diagnostics.slice(0, 3))}`);
const pairs: [Notice, Notice][] = before.notices.map((notice, index) => [notice, after.notices[index] as Notice]);
const parsed = first.map((input) => ({
  kind: isOrganisationFile(input.file) ? ('organisation' as const) : ('notice' as const),
  source: parseYaml(input.text, input.file),
}));

let changes = 0;
const stages = {
  'validate (schema, parsed files)': () => {
    for (const { kind, source } of parsed) validateDocument(kind, source);
  },
  'load (parse, validate, model)': () => {
    load(first);
  },
  'diff (two models each)': () => {
    changes = 0;
    for (const [old, current] of pairs) changes += diffNotices(old, current).changes.length;
  },
  'seloste diff (load both versions, diff)': () => {
    const [a, b] = [load(first), load(second)];
    a.notices.forEach((notice, index) => diffNotices(notice, b.notices[index] as Notice));
  },
};
for (const run of Object.values(stages)) run();
const measured = Object.fromEntries(Object.entries(stages).map(([name, run]) => [name, median(Array.from({ length: 11 }, () => time(run)))]));
const ms = (value: number) => `${value.toFixed(value >= 100 ? 0 : 1)} ms`;
const diffMs = measured['diff (two models each)'] ?? 0;
const validateMs = measured['validate (schema, parsed files)'] ?? 1;
const loadMs = measured['load (parse, validate, model)'] ?? 1;
const lines = [
  `Diffing two versions of ${count} notices (${changes} changes in all), medians of eleven runs:`,
  '',
  '| stage | total | per notice |',
  '| --- | ---: | ---: |',
  ...Object.entries(measured).map(([name, value]) => `| ${name} | ${ms(value)} | ${ms(value / count)} |`),
  '',
  `diff / validate: ${(diffMs / validateMs).toFixed(2)}× (goal ≤ 2×: ${diffMs / validateMs <= 2 ? 'met' : 'NOT met'})`,
  `diff / load: ${(diffMs / loadMs).toFixed(2)}×`,
];
process.stdout.write(`${lines.join('\n')}\n`);
