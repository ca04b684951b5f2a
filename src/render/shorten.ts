/**
 * A text cut after a word to fit `limit`, ended with “…”; the text itself when
 * it fits. `measure` says how long a text counts as (its characters, unless
 * told otherwise). A first word too long to fit is cut within.
 */
export function shortenAtWord(value: string, limit: number, measure: (text: string) => number = (text) => text.length): string {
  if (measure(value) <= limit) return value;
  const fits = (kept: string) => measure(`${kept}…`) <= limit;
  let kept = '';
  for (const word of value.trim().split(/\s+/u)) {
    const candidate = kept === '' ? word : `${kept} ${word}`;
    if (!fits(candidate)) break;
    kept = candidate;
  }
  if (kept === '') {
    const characters = [...value];
    let count = Math.min(characters.length, limit - 1);
    while (count > 0 && !fits(characters.slice(0, count).join(''))) count -= 1;
    kept = characters.slice(0, count).join('');
  }
  return `${withoutTrailingPunctuation(kept)}…`;
}

/**
 * Where a clause ends: a comma, semicolon or colon, a dash between spaces, an
 * opening bracket, or a full stop before a capital letter (not one after an
 * abbreviation such as “esim.” or “mm.”, which lower case follows).
 */
const CLAUSE_END = /[,;:](?=\s)|\s[–—-](?=\s)|\s(?=\()|[.!?](?=\s+\p{Lu})/gu;

/** Where a sentence ends: a full stop, question or exclamation mark before a capital letter. */
const SENTENCE_END = /[.!?](?=\s+\p{Lu})/gu;

/** A clause shorter than this is too little to name anything (“Esim.,”): the cut goes on to the next. */
const SHORTEST_CLAUSE = 12;

/**
 * The start of a text in a few words, for a summary that must not invent a
 * name the notice does not give: as many of its first clauses as fit `limit`
 * (a clause ends at a comma, semicolon, colon, dash, bracket or the end of a
 * sentence; with `unit: 'sentence'`, whole sentences), or where even the
 * first does not fit, the first cut after a word; ended with “…” wherever
 * anything was left out (`shortened`). A text that fits as a whole is
 * returned as it is, without a final `.`, `,` or `;`.
 */
export function shortenAtClause(value: string, limit: number, unit: 'clause' | 'sentence' = 'clause'): { readonly text: string; readonly shortened: boolean } {
  const whole = withoutTrailingPunctuation(value.replace(/\s+/gu, ' ').trim());
  const ends = partEnds(whole, unit === 'clause' ? CLAUSE_END : SENTENCE_END);
  if (ends.length === 0 && whole.length <= limit) return { text: whole, shortened: false };
  const fitting = ends.filter((end) => end < limit).at(-1);
  if (fitting !== undefined) return { text: `${withoutTrailingPunctuation(whole.slice(0, fitting))}…`, shortened: true };
  return { text: shortenAtWord(withoutTrailingPunctuation(whole.slice(0, ends[0] ?? whole.length)), limit), shortened: true };
}

/** Where the text's clauses (or sentences) end, leaving out ends so early that the part before names nothing. */
function partEnds(value: string, end: RegExp): number[] {
  const ends: number[] = [];
  end.lastIndex = 0;
  for (let match = end.exec(value); match !== null; match = end.exec(value)) if (match.index >= SHORTEST_CLAUSE) ends.push(match.index);
  return ends;
}

/** A character {@link withoutTrailingPunctuation} drops from the end. */
const TRAILING = /[\s,;:.]/u;

/** “tietojasi,…” reads as “tietojasi…”. */
function withoutTrailingPunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && TRAILING.test(value.charAt(end - 1))) end -= 1;
  return end === value.length ? value : value.slice(0, end);
}
