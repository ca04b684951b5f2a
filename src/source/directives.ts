/**
 * Lint directives written as YAML comments, to silence a finding with a
 * stated reason:
 *
 *   # seloste-disable-next-line hetu-in-marketing -- the customers asked us to
 *   # seloste-disable sa-contact -- we publish the authority's Swedish address
 *
 * `disable-next-line` covers the next line that is not blank or a comment;
 * `disable` the whole file.
 */
export interface Directive {
  readonly kind: 'next-line' | 'file';
  readonly ruleIds: readonly string[];
  /** The stated reason; empty when the directive gives none. */
  readonly reason: string;
  /** Line of the comment (1-based). */
  readonly line: number;
  readonly column: number;
  /** Line it applies to, for `next-line`. */
  readonly target: number;
}

const DIRECTIVE = /^(\s*)#\s*seloste-disable(-next-line)?\s+(.*?)\s*$/u;

/** Finds the directives in a YAML text. */
export function findDirectives(text: string): Directive[] {
  const lines = text.split(/\r?\n/u);
  const directives: Directive[] = [];
  lines.forEach((line, index) => {
    const match = DIRECTIVE.exec(line);
    if (match === null) return;
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/u.test(lines[target] ?? '')) target += 1;
    // `rule-a, rule-b -- reason`: ids contain hyphens, so the reason starts at a free-standing `--`
    const [ids = '', ...reason] = (match[3] ?? '').split(/(?:^|\s)--(?:\s|$)/u);
    directives.push({
      kind: match[2] === undefined ? 'file' : 'next-line',
      ruleIds: ids.split(/[\s,]+/u).filter((id) => id !== ''),
      reason: reason.join(' -- ').trim(),
      line: index + 1,
      column: (match[1] ?? '').length + 1,
      target: target + 1,
    });
  });
  return directives;
}
