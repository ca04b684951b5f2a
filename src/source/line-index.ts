import type { Position } from '../diagnostics/index.ts';

/** Turns character offsets into 1-based line and column numbers. */
export class LineIndex {
  readonly #lineStarts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1)) {
      starts.push(offset + 1);
    }
    this.#lineStarts = starts;
  }

  /** The line and column of a character offset (columns count UTF-16 code units, as editors do). */
  positionAt(offset: number): Position {
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
}
