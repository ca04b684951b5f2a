// `npm run bench:profile`: where the time of a site build goes. Profiles the
// two steps of `seloste build` for N synthetic notices (BENCH_N, default 1000)
// with the V8 CPU profiler, in one thread so that every sample is seen, and
// writes the self time by package and the hottest functions to
// docs/profile.md. A script, not a test.
import { rmSync, writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LINT_CONFIG } from '../../src/lint/index.ts';
import { buildSite } from '../../src/node/build-site.ts';
import { prepareSite } from '../../src/node/prepare-site.ts';
import { writeSyntheticNotices } from './synthetic.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, 'bench-work');
const count = Number(process.env['BENCH_N'] ?? 1000);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs `step` under the CPU profiler and returns its profile and wall time. */
async function profiled(session: Session, step: () => Promise<void> | void): Promise<{ profile: Profiler.Profile; ms: number }> {
  await session.post('Profiler.start');
  const started = performance.now();
  await step();
  const ms = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  return { profile, ms };
}

/** Who a function belongs to: a package, a seloste layer, Node itself, or V8's own work. */
function owner(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : 'V8 and native code';
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(url);
  if (dependency !== null) return dependency[1] ?? url;
  const layer = /\/src\/([^/]+)\//u.exec(url);
  if (layer !== null) return `seloste ${layer[1]}`;
  if (url.startsWith('node:')) return 'Node.js';
  if (url.includes('/.prerender/')) return 'site pages (compiled by Astro)';
  return 'other';
}

/** Self time per owner and per function, in milliseconds, from the profile's samples. */
function selfTimes(profile: Profiler.Profile): { owners: Map<string, number>; functions: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => {
    const node = nodes.get(id);
    if (node === undefined) return;
    const ms = (deltas[index + 1] ?? deltas[index] ?? 0) / 1000;
    const { url, functionName, lineNumber } = node.callFrame;
    const who = owner(url, functionName);
    owners.set(who, (owners.get(who) ?? 0) + ms);
    const file = url.replace(/^.*?(node_modules\/|\/src\/)/u, '$1').replace(/^.*\/\.prerender\//u, 'site pages: ');
    const where = url === '' ? functionName || '(native)' : `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})`;
    functions.set(where, (functions.get(where) ?? 0) + ms);
  });
  return { owners, functions };
}

function table(title: string, times: Map<string, number>, total: number, rows: number): string[] {
  const sorted = [...times].sort((a, b) => b[1] - a[1]).slice(0, rows);
  return [
    `| ${title} | self time | share |`,
    '| --- | ---: | ---: |',
    ...sorted.map(([name, ms]) => `| \`${name.replaceAll('|', '\\|')}\` | ${ms.toFixed(0)} ms | ${((ms / total) * 100).toFixed(1)} % |`),
  ];
}

function section(heading: string, text: string, result: { profile: Profiler.Profile; ms: number }): string[] {
  const { owners, functions } = selfTimes(result.profile);
  const total = [...owners.values()].reduce((sum, ms) => sum + ms, 0);
  return [
    `## ${heading}`,
    '',
    `${text} Wall time ${(result.ms / 1000).toFixed(1)} s; ${total.toFixed(0)} ms sampled.`,
    '',
    ...table('who', owners, total, 14),
    '',
    ...table('function', functions, total, 15),
    '',
  ];
}

log(`generating ${count} synthetic notices…`);
const notices = join(work, `profile-notices-${count}`);
rmSync(notices, { recursive: true, force: true });
writeSyntheticNotices(notices, count);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });

log('profiling reading, validating, linting and rendering (one thread)…');
// a store of its own, empty: every notice is read and published, as in a build from nothing
const store = join(work, `profile-store-${count}`);
rmSync(store, { recursive: true, force: true });
let prepared: Awaited<ReturnType<typeof prepareSite>> | undefined;
const library = await profiled(session, async () => {
  prepared = await prepareSite({ cwd: root, paths: [notices], lint: DEFAULT_LINT_CONFIG, today: '2026-01-01', threads: 1, store: { folder: store } });
});
const site = prepared?.site;
if (site === undefined) throw new Error('the build was not prepared');

log('profiling the Astro build…');
const outDir = join(work, `profile-site-${count}`);
rmSync(outDir, { recursive: true, force: true }); // a fresh build, as the benchmark times it
const astro = await profiled(session, async () => {
  await buildSite({ site, outDir });
});
session.disconnect();

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const lines = [
  '# Where the build time goes',
  '',
  `Profiled on ${new Date().toISOString().slice(0, 10)} with \`npm run bench:profile\` (BENCH_N=${count}) on ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node.js ${process.version}: the V8 CPU profiler sampling every 0.2 ms, each step in one thread. Self time is time spent in a function itself, not in what it calls; grouped by the package or seloste layer it belongs to. See [benchmarks.md](benchmarks.md) for the ratios.`,
  '',
  ...section(
    'Reading, validating, linting and rendering',
    `${count} notices read from files, parsed with their source maps, validated, resolved, linted and rendered in Finnish and English, and published into the store (page parts, record, spreadsheet rows).`,
    library,
  ),
  ...section(
    'Astro writing the site',
    'Astro building every page from the published notices, the sitemap, then the swap into place. The records (DPV and TILT documents made from each record, the record index, the spreadsheet) are written meanwhile by a thread of their own, which this profile of the main thread does not show.',
    astro,
  ),
];
writeFileSync(join(root, 'docs', 'profile.md'), `${lines.join('\n')}`);
log('wrote docs/profile.md');
