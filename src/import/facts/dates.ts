import { normalise } from '../text.ts';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  tammikuuta: 1,
  helmikuuta: 2,
  maaliskuuta: 3,
  huhtikuuta: 4,
  toukokuuta: 5,
  kesäkuuta: 6,
  heinäkuuta: 7,
  elokuuta: 8,
  syyskuuta: 9,
  lokakuuta: 10,
  marraskuuta: 11,
  joulukuuta: 12,
  januari: 1,
  februari: 2,
  mars: 3,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  oktober: 10,
};

const NUMERIC = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/u;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const WORDS = /(?<!\d)(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})(?!\d)|(\p{L}+)\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u;

/** The first date in a text as YYYY-MM-DD: `24.10.2022`, `2022-10-24`, `24 October 2022`, `October 24, 2022`, `24. lokakuuta 2022`. */
export function dateIn(text: string): { readonly date: string; readonly written: string } | undefined {
  const candidates: { date: string; written: string; index: number }[] = [];
  const numeric = NUMERIC.exec(text);
  if (numeric !== null)
    candidates.push({ date: isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])), written: numeric[0], index: numeric.index });
  const iso = ISO.exec(text);
  if (iso !== null) candidates.push({ date: isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])), written: iso[0], index: iso.index });
  const words = WORDS.exec(text);
  if (words !== null) {
    const month = MONTHS[(words[2] ?? words[4] ?? '').toLowerCase()];
    const day = Number(words[1] ?? words[5]);
    const year = Number(words[3] ?? words[6]);
    if (month !== undefined) candidates.push({ date: isoDate(year, month, day), written: words[0], index: words.index });
  }
  const valid = candidates.filter((candidate) => candidate.date !== '').sort((a, b) => a.index - b.index);
  const first = valid[0];
  return first === undefined ? undefined : { date: first.date, written: first.written };
}

function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1990 || year > 2100) return '';
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_LABEL =
  /^(?:tämä (?:tietosuoja|rekisteri)?seloste on )?(?:päivitetty|päivätty|päiväys|laadittu|laatimispäivä(?:määrä)?|viimeksi päivitetty|viimeisin päivitys|muutettu|last (?:updated|modified|revised|changed)|updated|revised|date|dated|effective(?: date| from)?|uppdaterad|senast uppdaterad|datum|upprättad|version)(?![\p{L}])/iu;

/**
 * A line that only dates the notice (`Päivitetty 24.10.2022`, `Last updated:
 * 1 March 2024`, `Laadittu 1.1.2015`): the date, and whether it says the notice
 * was updated (rather than drawn up).
 */
export function dateLine(line: string): { readonly date: string; readonly updated: boolean } | undefined {
  const text = normalise(line);
  if (text.length > 80) return undefined;
  const found = dateIn(text);
  if (found === undefined) return undefined;
  const label = text
    .replace(found.written, '')
    .replace(/[\s:.,()-]+/gu, ' ')
    .trim();
  if (label !== '' && !DATE_LABEL.test(label)) return undefined;
  return { date: found.date, updated: !/laadittu|laatimis|upprättad/iu.test(label) };
}
