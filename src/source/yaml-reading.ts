import type { Diagnostic } from '../diagnostics/index.ts';
import type { SourceEntry } from './source-map.ts';

/** Plain data as read from YAML: what the schema validates. */
export type Data = null | boolean | number | string | Data[] | { [key: string]: Data };

/** A YAML comment: its text from the `#` on, and where that `#` stands in the text. */
export interface SourceComment {
  readonly offset: number;
  readonly text: string;
}

/** Limits that keep hostile YAML from exhausting memory or the stack. */
export interface ParseLimits {
  /** Most aliases (`*name`) a file may use. */
  readonly maxAliases: number;
  /** Most values a file may expand to, counting every alias expansion. */
  readonly maxValues: number;
  /** Deepest nesting of mappings and lists. */
  readonly maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliases: 50, maxValues: 200_000, maxDepth: 64 };

/**
 * What reading a YAML text gives, whichever way it was read: the data, where
 * each value was written (JSON pointer → key and value ranges), the comments
 * in the order written, and the problems found.
 */
export interface YamlReading {
  /** The data, or undefined when the text is not well-formed YAML or breaks a limit. */
  readonly data: Data | undefined;
  readonly entries: ReadonlyMap<string, SourceEntry>;
  readonly comments: readonly SourceComment[];
  readonly diagnostics: readonly Diagnostic[];
}
