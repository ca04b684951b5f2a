import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Milliseconds a function takes. */
export function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Milliseconds an asynchronous function takes. */
export async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The median of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Wall-clock milliseconds of a command, the median of several runs; fails loudly if it fails. */
export function timeCommand(command: string, args: readonly string[], options: SpawnSyncOptions & { runs?: number; allowFailure?: boolean } = {}): number {
  const runs = options.runs ?? 1;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const result = spawnSync(command, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 2 ** 30,
      ...options,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    });
    times.push(performance.now() - started);
    if (result.status !== 0 && options.allowFailure !== true)
      throw new Error(`${command} ${args.join(' ')} failed (${String(result.status)}): ${String(result.stderr).slice(-2000)}`);
  }
  return median(times);
}

/** The exit status of a command run once, its output ignored. */
export function exitStatus(command: string, args: readonly string[], options: SpawnSyncOptions = {}): number | null {
  return spawnSync(command, args, { stdio: 'ignore', ...options }).status;
}

/**
 * The median wall-clock milliseconds of commands timed by hyperfine (from
 * Debian's packages), an external timer whose own overhead is not counted:
 * one figure per command, in order. `undefined` when hyperfine is not there.
 */
export function hyperfineMedians(commands: readonly string[], options: { cwd?: string; runs?: number } = {}): number[] | undefined {
  if (spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  const exported = join(mkdtempSync(join(tmpdir(), 'seloste-hyperfine-')), 'times.json');
  const result = spawnSync('hyperfine', ['--warmup', '3', '--runs', String(options.runs ?? 20), '-N', '--export-json', exported, ...commands], {
    cwd: options.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`hyperfine failed: ${String(result.stderr).slice(-2000)}`);
  const { results } = JSON.parse(readFileSync(exported, 'utf8')) as { results: { median: number }[] };
  return results.map((entry) => entry.median * 1000);
}
