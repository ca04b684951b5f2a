import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

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
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 2 ** 30, ...options, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env } });
    times.push(performance.now() - started);
    if (result.status !== 0 && options.allowFailure !== true) throw new Error(`${command} ${args.join(' ')} failed (${String(result.status)}): ${String(result.stderr).slice(-2000)}`);
  }
  return median(times);
}

/** The exit status of a command run once, its output ignored. */
export function exitStatus(command: string, args: readonly string[], options: SpawnSyncOptions = {}): number | null {
  return spawnSync(command, args, { stdio: 'ignore', ...options }).status;
}
