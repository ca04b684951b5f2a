import { Worker } from 'node:worker_threads';

/** What a build thread posts: how far it is, and at the end its result. */
export interface ThreadMessage<Result> {
  readonly progress?: readonly [done: number, total: number];
  readonly done?: true;
  readonly result?: Result;
}

/**
 * Runs a build thread (site-worker.ts) on `data` to its result, hearing its
 * progress: the pipeline over a share of the notices, or the site's records.
 */
export function inBuildThread<Result>(data: object, onProgress?: (done: number, total: number) => void): Promise<Result> {
  // From the sources the worker is TypeScript; in the bundled command it sits beside this chunk.
  const script = new URL(import.meta.url.endsWith('.ts') ? './site-worker.ts' : './site-worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: data, execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type')) });
    worker.on('message', (message: ThreadMessage<Result>) => {
      if (message.progress !== undefined) onProgress?.(...message.progress);
      if (message.done === true) resolve(message.result as Result);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`A build thread stopped with exit code ${code}`));
    });
  });
}
