// `npm run bench`: measures seloste against its floors and baselines, prints a
// table and writes docs/benchmarks.md. A script, not a test: it reports, it
// does not assert. BENCH_N sets the large size (default 1000).
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { noticeRecord } from '../../src/export/index.ts';
import { DEFAULT_LINT_CONFIG, lintNotices, rules } from '../../src/lint/index.ts';
import { defaultTranslator } from '../../src/node/locales.ts';
import { isOrganisationFile, loadProject, type InputFile } from '../../src/project/index.ts';
import { renderNotice, toDocument, toHtml } from '../../src/render/index.ts';
import { addKeywordsAndFormats } from '../../src/schema/ajv-setup.ts';
import { schemaFiles, validateDocument } from '../../src/schema/index.ts';
import { parseYaml } from '../../src/source/index.ts';
import { writeBaselineProject } from './baseline.ts';
import { writeSyntheticNotices } from './synthetic.ts';
import { buildSite } from '../../src/node/build-site.ts';
import { outputStore } from '../../src/node/notice-store.ts';
import { prepareSite } from '../../src/node/prepare-site.ts';
import { exitStatus, hyperfineMedians, median, time, timeAsync, timeCommand } from './timing.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, 'bench-work');
const large = Number(process.env['BENCH_N'] ?? 1000);
const small = Math.max(1, Math.round(large / 10));
const node = process.execPath;
const cli = join(root, 'bin', 'seloste.js');
// Builds keep their stores in a cache of the benchmark's own; a cold build starts without one.
process.env['XDG_CACHE_HOME'] = join(work, 'cache');
const withoutStores = () => rmSync(join(work, 'cache'), { recursive: true, force: true });
// each build is timed this many times, the median taken: one run of a build on a busy machine says little
const buildRuns = Number(process.env['BENCH_RUNS'] ?? 3);
const log = (line: string) => process.stderr.write(`${line}\n`);

function filesUnder(directory: string, ending: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

// 0. The command as users run it: bundled, as `npm ci` leaves it ---------------
timeCommand(node, [join(root, 'scripts', 'bundle-cli.ts')], { cwd: root });

// 1. Notices ---------------------------------------------------------------
log(`generating ${large} and ${small} synthetic notices…`);
writeSyntheticNotices(join(work, `notices-${large}`), large);
writeSyntheticNotices(join(work, `notices-${small}`), small);
const inputs: InputFile[] = filesUnder(join(work, `notices-${large}`), '.yaml').map((file) => ({
  file: relative(root, file),
  text: readFileSync(file, 'utf8'),
}));
const noticeBytes = inputs.filter((input) => !isOrganisationFile(input.file)).reduce((sum, input) => sum + input.text.length, 0) / large;

// 2. The library pipeline against the floor ----------------------------------
log('measuring the library pipeline…');
const floorAjv = addKeywordsAndFormats(new Ajv2020({ strict: true, strictRequired: false }));
for (const schema of Object.values(schemaFiles)) floorAjv.addSchema(schema as object);
const floorValidators = { notice: floorAjv.getSchema('notice.schema.json'), organisation: floorAjv.getSchema('organisation.schema.json') };
const floor = () => {
  for (const input of inputs) {
    const validate = isOrganisationFile(input.file) ? floorValidators.organisation : floorValidators.notice;
    if (validate?.(parse(input.text)) !== true) throw new Error(`floor: ${input.file} is invalid`);
  }
};
const translator = defaultTranslator();
const project = loadProject(inputs, { locales: translator.locales });
if (project.notices.length !== large || project.diagnostics.length > 0)
  throw new Error(`synthetic notices are invalid: ${JSON.stringify(project.diagnostics.slice(0, 3))}`);
const stages = {
  parse: () => {
    for (const input of inputs) parseYaml(input.text, input.file);
  },
  validate: (() => {
    const parsed = inputs.map((input) => ({
      kind: isOrganisationFile(input.file) ? ('organisation' as const) : ('notice' as const),
      source: parseYaml(input.text, input.file),
    }));
    return () => {
      for (const { kind, source } of parsed) validateDocument(kind, source);
    };
  })(),
  load: () => {
    loadProject(inputs, { locales: translator.locales });
  },
  lint: () => {
    lintNotices(project.notices, rules, DEFAULT_LINT_CONFIG, '2026-01-01');
  },
  render: () => {
    for (const notice of project.notices) {
      for (const locale of notice.languages) {
        const texts = translator.forLocale(locale);
        toHtml(toDocument(renderNotice(notice, texts)));
      }
    }
  },
  record: () => {
    for (const notice of project.notices) JSON.stringify(noticeRecord(notice));
  },
};
// warm up once, then take the median of three runs of each
floor();
for (const run of Object.values(stages)) run();
const measure = (run: () => void) => median([time(run), time(run), time(run)]);
const floorMs = measure(floor);
const stageMs = Object.fromEntries(Object.entries(stages).map(([name, run]) => [name, measure(run)])) as Record<keyof typeof stages, number>;
const modelMs = Math.max(0, stageMs.load - stageMs.parse - stageMs.validate);
const pipelineMs = stageMs.load + stageMs.lint + stageMs.render + stageMs.record;

// 3. The site build against plain Astro ---------------------------------------
const builds: Record<number, { seloste: number; astro: number; pages: number }> = {};
for (const count of [small, large]) {
  log(`building the site for ${count} notices…`);
  const out = join(work, `site-${count}`);
  withoutStores();
  // from nothing each time: --fresh takes nothing from the store or the previous site
  const seloste = timeCommand(node, [cli, 'build', join(work, `notices-${count}`), '--out', out, '--fresh'], { cwd: work, runs: buildRuns });
  const pages = filesUnder(out, '.html').length;
  log(`building ${pages} plain Astro pages and the same JSON files…`);
  const baseline = join(work, `baseline-${count}`);
  writeBaselineProject(baseline);
  const astro = timeCommand(node, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', baseline, '--outDir', join(baseline, 'dist')], {
    cwd: baseline,
    env: { BASELINE_SOURCE: out },
    runs: buildRuns,
  });
  builds[count] = { seloste, astro, pages };
}

// 3a. A second build after one notice changed, into the same folder
log(`building again after one of ${large} notices changed…`);
const changed = filesUnder(join(work, `notices-${large}`), '.yaml').find((file) => !isOrganisationFile(file));
if (changed === undefined) throw new Error('no notice to change');
const secondBuild = median(
  Array.from({ length: buildRuns }, (_, run) => {
    appendFileSync(changed, `# changed ${run}\n`);
    return timeCommand(node, [cli, 'build', join(work, `notices-${large}`), '--out', join(work, `site-${large}`)], { cwd: work });
  }),
);

// 3b. Where the large build's time goes: the same two steps `seloste build` takes, in this process.
log(`timing the steps of the build for ${large} notices…`);
let prepared: Awaited<ReturnType<typeof prepareSite>> | undefined;
const stepsOut = join(work, `site-${large}-steps`);
withoutStores();
const store = outputStore(stepsOut);
const prepareMs = await timeAsync(async () => {
  prepared = await prepareSite({
    cwd: work,
    paths: [join(work, `notices-${large}`)],
    lint: DEFAULT_LINT_CONFIG,
    today: '2026-01-01',
    ...(store === undefined ? {} : { store: { folder: store } }),
  });
});
const site = prepared?.site;
if (site === undefined) throw new Error('the build was not prepared');
rmSync(stepsOut, { recursive: true, force: true });
const astroMs = await timeAsync(() => buildSite({ site, outDir: stepsOut }));

// 4. A cold start of the command ----------------------------------------------
log('measuring cold starts…');
// bundled again just before: a source changed since the start would make bin/seloste.js run the sources
timeCommand(node, [join(root, 'scripts', 'bundle-cli.ts')], { cwd: root });
const seed = join(root, 'notices', 'pori-energia', 'markkinointi-ja-viestinta.yaml');
// timed by hyperfine, outside this process, so that no harness overhead is counted on either side
const external = hyperfineMedians([`${node} -e 0`, `${node} ${cli} validate ${seed}`], { cwd: root });
const bareNode = external?.[0] ?? timeCommand(node, ['-e', '0'], { runs: 15 });
const validate = external?.[1] ?? timeCommand(node, [cli, 'validate', seed], { cwd: root, runs: 15 });
const timer =
  external === undefined
    ? "this script's own spawn loop (hyperfine is not installed: `apt-get install hyperfine`)"
    : 'hyperfine (`-N`, 3 warm-up runs, median of 20)';
const npxValidate = timeCommand('npx', ['seloste', 'validate', seed], { cwd: root, runs: 5 });
const npxNode = timeCommand('npx', ['--no-install', 'node', '-e', '0'], { cwd: root, runs: 5 });

// 5. Hostile inputs ---------------------------------------------------------------
const hostile = [
  ...filesUnder(join(root, 'test', 'fixtures', 'hostile'), '.yaml').filter((file) => !file.endsWith('organisation.yaml')),
  join(root, 'test', 'fixtures', 'invalid', 'alias-bomb.yaml'),
].map((file) => ({
  file: relative(root, file),
  ms: timeCommand(node, [cli, 'validate', file], { cwd: root, allowFailure: true }),
  accepted: exitStatus(node, [cli, 'validate', file], { cwd: root }) === 0,
}));

// 5b. Diffing versions (scripts/bench/diff.ts, in a process of its own) --------
log('measuring the diff of two versions of each notice…');
const diffRun = spawnSync(node, [join(root, 'scripts', 'bench', 'diff.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, BENCH_N: String(large) } });
if (diffRun.status !== 0) throw new Error(`the diff benchmark failed: ${diffRun.stderr.slice(-2000)}`);
const diffReport = diffRun.stdout.trim();
const diffRatio = Number(/diff \/ validate: ([\d.]+)×/u.exec(diffReport)?.[1] ?? Number.NaN);

// 6. The seed page's weight ----------------------------------------------------------
log('building the seed notice…');
const seedSite = join(work, 'site-seed');
timeCommand(node, [cli, 'build', 'notices', '--out', seedSite], { cwd: root });
const seedPage = join(seedSite, 'fi', 'markkinointi-ja-viestinta', 'index.html');
const seedHtml = readFileSync(seedPage, 'utf8');
const cssBytes = [...seedHtml.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].reduce((sum, match) => sum + Buffer.byteLength(match[1] ?? ''), 0);
const scriptBytes =
  [...seedHtml.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/gu)].reduce((sum, match) => sum + Buffer.byteLength(match[1] ?? ''), 0) +
  filesUnder(seedSite, '.js').reduce((sum, file) => sum + statSync(file).size, 0);

// Report ---------------------------------------------------------------------------
const ms = (value: number) => `${value >= 10_000 ? (value / 1000).toFixed(1) : value.toFixed(value >= 100 ? 0 : 1)} ${value >= 10_000 ? 's' : 'ms'}`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const verdict = (value: number, goal: number) => (value <= goal ? 'met' : 'NOT met');
const goals = [
  [`site build / plain Astro, N = ${large}`, (builds[large]?.seloste ?? 0) / (builds[large]?.astro ?? 1), 1.2],
  [`second build after one notice changed / cold build, N = ${large}`, secondBuild / (builds[large]?.seloste ?? 1), 0.5],
  ['cold `seloste validate` / `node -e 0` (hyperfine)', validate / bareNode, 3],
  ['whole pipeline / parse+validate floor', pipelineMs / floorMs, 2.5],
  [`site build N = ${large} / N = ${small}`, (builds[large]?.seloste ?? 0) / (builds[small]?.seloste ?? 1), 11],
  [`diff of two versions / validate, N = ${large}`, diffRatio, 2],
] as const;

/**
 * What bounds the site build, in words drawn from this run's figures: the two
 * steps one after the other, what the command's overlap of them saves, and how
 * much time reading may take for the build to stay within 1.2× plain Astro.
 */
function boundsOfTheBuild(): string {
  const plain = builds[large]?.astro ?? 1;
  const build = builds[large]?.seloste ?? 0;
  const threads = availableParallelism();
  const margin = 1.2 * plain - astroMs;
  const steps = `Timed one after the other in one process, reading the ${large} notices into the store (parse, validate, lint, render, and each notice's page parts, record and spreadsheet rows, on ${threads} threads) took ${ms(prepareMs)}, and Astro's step (the pages, while a thread of their own makes each record's DPV and TILT documents and puts the records, the record index and the spreadsheet in place; then the sitemap and the swap) took ${ms(astroMs)}, ${ratio(astroMs / plain)} the plain Astro build of the same output. The command starts Astro while the notices are read, so the build took ${ms(build)}, ${ms(Math.max(0, prepareMs + astroMs - build))} less than the two steps' sum.`;
  if (margin <= 0) return `${steps} Astro's step alone already takes more than 1.2× the plain build.`;
  const verdictText =
    prepareMs <= margin
      ? 'Reading fits within the time left beside Astro’s step.'
      : `For the build to stay within 1.2× plain Astro, reading may take ${ms(margin)} beyond what overlaps Astro's set-up; it takes ${ms(prepareMs)} on ${threads} threads, against ${ms(pipelineMs)} for the library pipeline in one (the floor of any YAML reader, \`yaml\` parse and one compiled validation, is ${ms(floorMs)} in one). On more cores reading divides between them and Astro's step does not.`;
  return `${steps} ${verdictText}`;
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const date = new Date().toISOString().slice(0, 10);
const lines = [
  '# Benchmarks',
  '',
  `Measured on ${date} with \`npm run bench\` (BENCH_N=${large}) on ${machine}, Node.js ${process.version}.`,
  'Every ratio compares two figures measured in the same run. Reproduce with `npm ci && npm run bench`',
  '(about five minutes); `BENCH_N=200 npm run bench` for a quicker, smaller run.',
  '',
  '## Goals',
  '',
  '| measure | ratio | goal | |',
  '| --- | ---: | ---: | --- |',
  ...goals.map(([name, value, goal]) => `| ${name} | ${ratio(value)} | ≤ ${goal}× | ${verdict(value, goal)} |`),
  `| seed notice page, HTML + CSS (of which CSS ${(cssBytes / 1024).toFixed(1)} KB) | ${(Buffer.byteLength(seedHtml) / 1024).toFixed(1)} KB | ≤ 40 KB | ${verdict(Buffer.byteLength(seedHtml) / 1024, 40)} |`,
  `| seed notice page, JavaScript | ${scriptBytes} bytes | 0 | ${scriptBytes === 0 ? 'met' : 'NOT met'} |`,
  '',
  `## The library pipeline, ${large} notices`,
  '',
  `${large} synthetic notices (3–12 purposes, both languages, on average ${(noticeBytes / 1024).toFixed(1)} KB of YAML each, in ${Math.ceil(large / 100)} organisations), read from memory. The floor is what any tool must do: \`yaml\` parse and one compiled ajv validation of the same files.`,
  '',
  '| stage | total | per notice |',
  '| --- | ---: | ---: |',
  `| floor: yaml parse + compiled ajv | ${ms(floorMs)} | ${ms(floorMs / large)} |`,
  `| parse (YAML + source map) | ${ms(stageMs.parse)} | ${ms(stageMs.parse / large)} |`,
  `| validate (schema) | ${ms(stageMs.validate)} | ${ms(stageMs.validate / large)} |`,
  `| model (references) | ${ms(modelMs)} | ${ms(modelMs / large)} |`,
  `| lint (${rules.length} rules) | ${ms(stageMs.lint)} | ${ms(stageMs.lint / large)} |`,
  `| render fi + en (HTML) | ${ms(stageMs.render)} | ${ms(stageMs.render / large)} |`,
  `| record of processing | ${ms(stageMs.record)} | ${ms(stageMs.record / large)} |`,
  `| **whole pipeline** | **${ms(pipelineMs)}** | **${ms(pipelineMs / large)}** |`,
  '',
  '## The site build',
  '',
  `\`seloste build --fresh\` (from nothing: read, validate, lint and render on all cores while Astro sets up, then Astro, then the swap) against a plain Astro project that writes the same output, read from files: the same HTML pages and JSON records, of the same sizes. Each build is timed ${buildRuns} times, the median shown.`,
  '',
  '| notices | pages | seloste build | plain Astro | ratio |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...[small, large].map(
    (count) =>
      `| ${count} | ${builds[count]?.pages ?? 0} | ${ms(builds[count]?.seloste ?? 0)} | ${ms(builds[count]?.astro ?? 0)} | ${ratio((builds[count]?.seloste ?? 0) / (builds[count]?.astro ?? 1))} |`,
  ),
  '',
  `Growth from ${small} to ${large} notices: ${ratio((builds[large]?.seloste ?? 0) / (builds[small]?.seloste ?? 1))} (plain Astro: ${ratio((builds[large]?.astro ?? 0) / (builds[small]?.astro ?? 1))}).`,
  '',
  '### What bounds the build',
  '',
  boundsOfTheBuild(),
  '',
  `A second build into the same folder after one notice changed took ${ms(secondBuild)} (${ratio(secondBuild / (builds[large]?.seloste ?? 1))} the cold build): the other notices come from the build's store, unread, and their pages from the previous site, unmade; Astro makes the changed notice's pages and the pages every notice is on (the front pages, the sitemap), and the records thread writes the record index and the spreadsheet again.`,
  '',
  'The CPU profile of both steps, by package and by function, is in [profile.md](profile.md) (`npm run bench:profile`).',
  '',
  '## Starting the command',
  '',
  `Timed by ${timer}; npx by this script, medians of 5.`,
  '',
  '| command | time |',
  '| --- | ---: |',
  `| \`node -e 0\` | ${ms(bareNode)} |`,
  `| \`seloste validate\` on the seed notice (bin/seloste.js) | ${ms(validate)} |`,
  `| \`npx seloste validate\` on the seed notice | ${ms(npxValidate)} |`,
  `| \`npx node -e 0\` (what npx itself adds) | ${ms(npxNode)} |`,
  '',
  'The goal is measured on the command itself; npx adds its own start-up, shown on the last line.',
  '',
  '## Diffing versions',
  '',
  diffReport,
  '',
  '## Hostile input',
  '',
  'Wall-clock time of `seloste validate` on each, and whether it was accepted (exit 0) or refused with a diagnostic (exit 1).',
  '',
  '| file | time | |',
  '| --- | ---: | --- |',
  ...hostile.map((entry) => `| \`${entry.file}\` | ${ms(entry.ms)} | ${entry.accepted ? 'accepted' : 'refused'} |`),
  '',
];
writeFileSync(join(root, 'docs', 'benchmarks.md'), `${lines.join('\n')}`);
process.stdout.write(`${lines.join('\n')}\n`);
log('wrote docs/benchmarks.md');
