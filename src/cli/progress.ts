import type { CliIo } from './io.ts';

/** A progress line for long runs: `Rendering notices 120/1000` redrawn in place, only on a terminal. */
export function progressLine(io: CliIo, label: string): { update: (done: number, total: number) => void; done: () => void } {
  if (!io.interactive) return { update: () => undefined, done: () => undefined };
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = performance.now();
      if (done < total && now - last < 100) return; // redraw at most ten times a second
      last = now;
      shown = true;
      io.stderr(`\r${label} ${done}/${total}`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
