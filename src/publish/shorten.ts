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
  // “tietojasi,…” reads as “tietojasi…”
  return `${kept.replace(/[\s,;:]+$/u, '')}…`;
}
