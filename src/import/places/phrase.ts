import { normalise } from '../text.ts';

const CLAUSE = /[,;.()]|\s(?:ja|sekä|tai|eli|and|or|och|eller|samt)\s/u;

/** The words of a text a kind was read from, as a label: its clause when short, else the words matched. */
export function phraseAt(text: string, index: number, length: number): string {
  let start = index;
  let end = index + length;
  while (start > 0 && /[\p{L}\p{N}-]/u.test(text[start - 1] ?? '')) start -= 1;
  while (end < text.length && /[\p{L}\p{N}-]/u.test(text[end] ?? '')) end += 1;
  // `Pori Energia -konsernin`: the name before a hyphenated word belongs to it
  if (text[start] === '-')
    while (/\s\p{Lu}[\p{L}\p{N}]*\s$/u.test(text.slice(0, start)))
      start = text
        .slice(0, start)
        .trimEnd()
        .search(/\p{Lu}[\p{L}\p{N}]*$/u);
  const before = text.slice(0, start);
  const after = text.slice(end);
  const clauseStart = before.split(CLAUSE).at(-1) ?? '';
  const clauseEnd = after.split(CLAUSE)[0] ?? '';
  const clause = normalise(`${clauseStart}${text.slice(start, end)}${clauseEnd}`);
  return clause.split(' ').length <= 3 ? clause : normalise(text.slice(start, end));
}

/** The words a kind was recognised by in a text, as a label: `alihankkijoita ja palveluntarjoajia`, `viranomaisilta`. */
export function phraseOf(text: string, matched: string): string {
  const index = text.toLowerCase().indexOf(matched.toLowerCase());
  return index === -1 ? matched : phraseAt(text, index, matched.length);
}
