// `node scripts/bench/dev.ts`: how fast `seloste dev` is as a user meets it —
// the time from starting the command to its first notice page, and from a save
// of a notice to the page reloaded in Chromium with the change. For the seed
// notice and for a project of BENCH_DEV_N synthetic notices (default 200), where
// a save processes only the notice saved. A script, not a test: it prints
// figures, it asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../test/site/chromium.ts';
import { writeSyntheticNotices } from './synthetic.ts';
import { median } from './timing.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin', 'seloste.js');
const runs = Number(process.env['BENCH_DEV_RUNS'] ?? 5);
const saves = Number(process.env['BENCH_DEV_SAVES'] ?? 10);
const large = Number(process.env['BENCH_DEV_N'] ?? 200);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A running `seloste dev` and the lines it printed to standard error. */
interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  readonly log: string[];
}

/** Starts `seloste dev --port 0` in a folder; resolves with its address once it prints it. */
function startDev(cwd: string): Promise<Running> {
  const child = spawn(process.execPath, [cli, 'dev', '--port', '0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) =>
    lines.push(
      ...String(chunk)
        .split('\n')
        .filter((line) => line !== ''),
    ),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const url = /http:\/\/127\.0\.0\.1:\d+\//u.exec(out)?.[0];
      if (url !== undefined) resolve({ child, url, log: lines });
    });
    child.on('exit', (code) => reject(new Error(`seloste dev stopped (${String(code)}): ${lines.join('\n')}`)));
  });
}

async function stop(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGTERM');
  await exited;
}

/** Milliseconds from starting the command to the first notice page answered. */
async function firstPage(cwd: string, path: string): Promise<number> {
  const started = performance.now();
  const running = await startDev(cwd);
  const response = await fetch(new URL(path, running.url));
  await response.text();
  const elapsed = performance.now() - started;
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  await stop(running);
  return elapsed;
}

/** Milliseconds from each save of a notice (its Finnish title changed) to Chromium showing the reloaded page with it; and the server's own build times. */
async function saveToReload(cwd: string, file: string, path: string): Promise<{ reload: number[]; build: number[] }> {
  const running = await startDev(cwd);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(new URL(path, running.url).href);
    const original = readFileSync(file, 'utf8');
    const title = /^title:\n {2}fi: (.*)$/mu.exec(original);
    if (title === null) throw new Error(`no Finnish title in ${file}`);
    const reload: number[] = [];
    for (let save = 1; save <= saves; save += 1) {
      const text = `${title[1] ?? ''} (muutos ${save})`;
      const logged = running.log.length;
      const started = performance.now();
      writeFileSync(file, original.replace(title[0], `title:\n  fi: ${text}`));
      await page.locator('h1', { hasText: text }).waitFor({ timeout: 60_000 });
      reload.push(performance.now() - started);
      // wait until the build's line is printed, so the next save starts from a quiet server
      while (!running.log.slice(logged).some((line) => line.startsWith('Rebuilt'))) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const build = running.log.flatMap((line) => (line.startsWith('Rebuilt') ? [Number(/ in (\d+) ms/u.exec(line)?.[1])] : []));
    return { reload, build };
  } finally {
    await browser.close();
    await stop(running);
  }
}

const work = mkdtempSync(join(tmpdir(), 'seloste-bench-dev-'));
try {
  const seed = join(work, 'seed');
  cpSync(join(root, 'notices'), join(seed, 'notices'), { recursive: true });
  const synthetic = join(work, 'synthetic');
  writeSyntheticNotices(join(synthetic, 'notices'), large);

  const projects = [
    {
      name: 'seed (1 notice)',
      cwd: seed,
      file: join(seed, 'notices', 'pori-energia', 'markkinointi-ja-viestinta.yaml'),
      path: '/fi/markkinointi-ja-viestinta/',
    },
    { name: `${large} synthetic notices`, cwd: synthetic, file: join(synthetic, 'notices', 'org-0', 'rekisteri-0.yaml'), path: '/fi/rekisteri-0/' },
  ];
  const rows: string[] = [];
  for (const project of projects) {
    log(`${project.name}: starting seloste dev ${runs} times…`);
    const starts: number[] = [];
    for (let run = 0; run < runs; run += 1) starts.push(await firstPage(project.cwd, project.path));
    log(`${project.name}: ${saves} saves, each waited for in Chromium…`);
    const { reload, build } = await saveToReload(project.cwd, project.file, project.path);
    const ms = (value: number) => `${Math.round(value)} ms`;
    rows.push(
      `| ${project.name} | ${ms(median(starts))} (${ms(Math.min(...starts))}–${ms(Math.max(...starts))}) | ${ms(median(reload))} (${ms(Math.min(...reload))}–${ms(Math.max(...reload))}) | ${ms(median(build))} |`,
    );
  }
  console.log(`seloste dev, on ${cpus()[0]?.model ?? 'an unknown CPU'} (${cpus().length} cores), Node.js ${process.versions.node}; median (min–max)

| project | start to first notice page (${runs} runs) | save to reloaded page in Chromium (${saves} saves) | server's rebuild |
| --- | --- | --- | --- |
${rows.join('\n')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
