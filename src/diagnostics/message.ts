import { distance } from 'fastest-levenshtein';

/**
 * Characters a message shows as escapes (`\u200B`): controls, which could
 * restyle or rewrite the terminal the message is printed on, and invisible or
 * direction-changing characters, which would otherwise hide in a name that
 * looks right: a non-breaking space, a soft hyphen, zero-width characters,
 * line and paragraph separators, bidirectional marks, embeddings and
 * isolates, and the byte-order mark.
 */
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u00a0\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/gu;

/** A character as its escape: `\u00A0`. */
export function escapeCharacter(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The longest value a message quotes in full; a longer one is cut at a character and ends in `…`. */
const QUOTED_LENGTH = 80;

/**
 * Wraps a value in backticks, as messages quote names and values: `purposes`.
 * Control and invisible characters are shown as escapes (see {@link HIDDEN_CHARACTERS});
 * a value longer than 80 characters is cut short with `…`, so that one
 * megabyte of text cannot become one line of a terminal.
 */
export function code(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const characters = [...text];
  const shown = characters.length > QUOTED_LENGTH ? `${characters.slice(0, QUOTED_LENGTH).join('')}…` : text;
  return `\`${visible(shown)}\``;
}

/** A text with control and invisible characters as escapes: what a file name or value may show on a terminal. */
export function visible(text: string): string {
  return text.replace(HIDDEN_CHARACTERS, escapeCharacter);
}

/** `a`, `b` or `c` (or “and”), each quoted once; long lists are cut with “…”. */
export function listOf(values: readonly unknown[], conjunction: 'or' | 'and' = 'or', limit = 12): string {
  const distinct = [...new Set(values)];
  const quoted = distinct.slice(0, limit).map(code);
  if (distinct.length > limit) return `${quoted.join(', ')}, …`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

/**
 * The candidate closest to a misspelt name, if it is close enough to be what
 * was meant: same letters in another case, or a few edits away (one for a
 * name of three letters or fewer, where two edits would turn `en` into `id`).
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
  const allowed = input.length <= 3 ? 1 : Math.max(2, Math.floor(input.length / 3));
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
