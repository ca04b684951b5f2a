import { distance } from 'fastest-levenshtein';

/**
 * Wraps a value in backticks, as messages quote names and values: `purposes`.
 * Control characters are shown as escapes, so that a value cannot restyle or
 * rewrite the terminal the message is printed on.
 */
export function code(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.replace(/[\u0000-\u001f\u007f-\u009f]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\``;
}

/** `a`, `b` or `c` (or “and”), each quoted; long lists are cut with “…”. */
export function listOf(values: readonly unknown[], conjunction: 'or' | 'and' = 'or', limit = 12): string {
  const quoted = values.slice(0, limit).map(code);
  if (values.length > limit) return `${quoted.join(', ')}, …`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

/**
 * The candidate closest to a misspelt name, if it is close enough to be what
 * was meant (same letters in another case, or a few edits away).
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const lowered = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lowered) return candidate;
    const candidateDistance = distance(lowered, candidate.toLowerCase());
    if (candidateDistance < bestDistance) {
      best = candidate;
      bestDistance = candidateDistance;
    }
  }
  const allowed = Math.max(2, Math.floor(input.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * The tail of a message about an unexpected name or value: a suggestion when
 * one is close, then what was expected: `; did you mean `b`? Expected `a` or `b``.
 */
export function expectedOneOf(input: string | undefined, candidates: readonly string[], limit = 40): string {
  const match = input === undefined ? undefined : closestMatch(input, candidates);
  const list = listOf(candidates, 'or', limit);
  return match === undefined ? `; expected ${list}` : `; did you mean ${code(match)}? Expected ${list}`;
}
