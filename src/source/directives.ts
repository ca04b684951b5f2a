import type { ParsedSource } from './parse-yaml.ts';

/**
 * Lint directives written as YAML comments, to silence a finding with a
 * stated reason:
 *
 *   # seloste-disable-next-line hetu-in-marketing -- the customers asked us to
 *   # seloste-disable sa-contact -- we publish the authority's Swedish address
 *
 * `disable-next-line` covers the next line that is not blank or a comment;
 * `disable` the whole file. Only a comment on a line of its own is a
 * directive; the same words inside a text are text.
 */
export interface Directive {
  readonly kind: 'next-line' | 'file';
  /** The rules named; empty when the directive names none, which is a mistake to report. */
  readonly ruleIds: readonly string[];
  /** The stated reason; empty when the directive gives none. */
  readonly reason: string;
  /** Line of the comment (1-based). */
  readonly line: number;
  readonly column: number;
  /** Line it applies to, for `next-line`. */
  readonly target: number;
}

const DIRECTIVE = /^#\s*seloste-disable(-next-line)?(?:\s+(.*?))?\s*$/u;

/** Finds the directives among the comments of a parsed YAML file. */
export function findDirectives(source: Pick<ParsedSource, 'text' | 'comments' | 'sourceMap'>): Directive[] {
  // most files hold no directive: then neither their lines nor the places of their comments are needed
  if (!source.comments.some((comment) => DIRECTIVE.test(comment.text))) return [];
  const lines = source.text.split('\n');
  const ownLine = source.comments.flatMap((comment) => {
    const { line, column } = source.sourceMap.positionAt(comment.offset);
    return (lines[line - 1] ?? '').slice(0, column - 1).trim() === '' ? [{ text: comment.text, line, column }] : [];
  });
  const commentLines = new Set(ownLine.map((comment) => comment.line));
  return ownLine.flatMap(({ text, line, column }): Directive[] => {
    const match = DIRECTIVE.exec(text);
    if (match === null) return [];
    let target = line + 1;
    while (target <= lines.length && (commentLines.has(target) || (lines[target - 1] ?? '').trim() === '')) target += 1;
    // `rule-a, rule-b -- reason`: ids contain hyphens, so the reason starts at a free-standing `--`
    const [ids = '', ...reason] = (match[2] ?? '').split(/(?:^|\s)--(?:\s|$)/u);
    return [
      {
        kind: match[1] === undefined ? 'file' : 'next-line',
        ruleIds: ids.split(/[\s,]+/u).filter((id) => id !== ''),
        reason: reason.join(' -- ').trim(),
        line,
        column,
        target,
      },
    ];
  });
}
