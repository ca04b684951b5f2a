/**
 * Progress of a long run, heard across module graphs: the Astro content loader
 * runs in Vite's copy of the library, the CLI in Node's, so the listener lives
 * on a global symbol rather than in a module variable.
 */
type ProgressListener = (done: number, total: number) => void;

const key = Symbol.for('seloste.progress');
const registry = globalThis as typeof globalThis & { [key]?: ProgressListener };

/** Sets (or with undefined, removes) the listener for notices rendered. */
export function setProgressListener(listener: ProgressListener | undefined): void {
  if (listener === undefined) delete registry[key];
  else registry[key] = listener;
}

/** Tells the listener, if any, how far a run has come. */
export function reportProgress(done: number, total: number): void {
  registry[key]?.(done, total);
}
