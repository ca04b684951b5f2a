/** How serious a finding is: `error` stops validation (and, in strict mode, a build). */
export type Severity = 'error' | 'warning' | 'info';

/** A place in a text file: 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * One problem found in a notice, an organisation or a project file.
 *
 * Every diagnostic has a place: the file, and the start and end of the key or
 * value at fault. `message` says what is wrong and what was expected; the
 * `ruleId` names the check (a validation step or a lint rule).
 */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** Path of the file as the user named it (relative to the working directory where possible). */
  readonly file: string;
  /** JSON pointer (RFC 6901) of the value at fault, where the problem concerns data. */
  readonly pointer?: string;
  readonly start: Position;
  readonly end: Position;
}

/** The position of the first character of a file. */
export const FILE_START: Position = { line: 1, column: 1 };
