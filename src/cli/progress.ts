import type { CliIo } from './io.ts';

/** A line on a terminal that shows how far a long step is, redrawn in place and cleared when done. */
export interface ProgressLine {
  update(done: number, total: number): void;
  done(): void;
}

/** A progress line for long runs, `Reading and rendering notices 45%`, shown only on a terminal. */
export function progressLine(io: CliIo, label: string): ProgressLine {
  if (!io.interactive) return { update: () => undefined, done: () => undefined };
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = performance.now();
      if (done < total && now - last < 100) return; // redraw at most ten times a second
      last = now;
      shown = true;
      io.stderr(`\r${label} ${total === 0 ? 100 : Math.floor((done / total) * 100)}%`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}

/** A line saying what a long step without a count is doing, shown only on a terminal until it is done. */
export function statusLine(io: CliIo, text: string): { done: () => void } {
  if (!io.interactive) return { done: () => undefined };
  io.stderr(text);
  return { done: () => io.stderr('\r\u001b[2K') };
}
