import type { Position } from '../diagnostics/index.ts';
import type { LineIndex } from './line-index.ts';
import { parentPointer } from './json-pointer.ts';

/** Start and end character offsets of a piece of source text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** Where a value was written: the range of its key (for mapping entries) and of the value itself. */
export interface SourceEntry {
  readonly key?: OffsetRange;
  readonly value: OffsetRange;
}

/** A resolved place in the source text. */
export interface SourceLocation {
  readonly start: Position;
  readonly end: Position;
  /** The pointer actually found: the one asked for, or its closest existing ancestor. */
  readonly pointer: string;
}

/** Which part of a mapping entry a diagnostic should point at. */
export type LocationTarget = 'key' | 'value';

/**
 * Maps JSON pointers to places in the YAML text they came from.
 *
 * A pointer that does not exist (a missing property, say) falls back to its
 * closest existing ancestor, so every diagnostic gets a place.
 */
export class SourceMap {
  readonly #entries: ReadonlyMap<string, SourceEntry>;
  readonly #lines: LineIndex;
  readonly #text: string;

  constructor(entries: ReadonlyMap<string, SourceEntry>, lines: LineIndex, text: string) {
    this.#entries = entries;
    this.#lines = lines;
    this.#text = text;
  }

  /** The text of the value at `pointer` as written in the file, e.g. `00531` for a number that lost its zeros. */
  sourceText(pointer: string): string | undefined {
    const entry = this.#entries.get(pointer);
    return entry === undefined ? undefined : this.#text.slice(entry.value.start, entry.value.end);
  }

  /**
   * The place of the key or value at `pointer`, or of its closest existing ancestor.
   * Asking for the key of an array item or of the document gives its value.
   */
  locate(pointer: string, target: LocationTarget = 'value'): SourceLocation {
    let current = pointer;
    let entry = this.#entries.get(current);
    while (entry === undefined && current !== '') {
      current = parentPointer(current);
      entry = this.#entries.get(current);
    }
    if (entry === undefined) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, pointer: '' };
    const range = target === 'key' && entry.key !== undefined ? entry.key : entry.value;
    return { start: this.#lines.positionAt(range.start), end: this.#lines.positionAt(range.end), pointer: current };
  }

  /** The place of a character offset. */
  positionAt(offset: number): Position {
    return this.#lines.positionAt(offset);
  }
}
