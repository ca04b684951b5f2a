import { knownActByNumber, type LawReference } from '../../model/index.ts';
import knownActs from '../../model/data/known-acts.json' with { type: 'json' };

/** A law reference found in a text, and the words it was read from. */
export interface LawFound {
  readonly reference: LawReference;
  readonly written: string;
  readonly known: boolean;
}

const ACT =
  /(?<![\d/])(\d{1,4}\/(?:19|20)\d{2})(?![\d/])(?:\)?\s*(?:,\s*)?((?:\d{1,3}\s*(?:luvun|luku|kap\.?|chapter)\s*)?\d{1,3}\s?[a-z]?\s*(?:§|pykälä)))?/giu;
const SECTION_FIRST = /(?<![\d/])((?:\d{1,3}\s*(?:luvun|luku)\s*)?\d{1,3}\s?[a-z]?\s*§)[^.;]{0,40}?\((\d{1,4}\/(?:19|20)\d{2})\)/giu;
const EU_ACT = /(?:\((?:EU|EY|EG|EC|ETY|EEC)\)\s*(?:N:o\s|No\s|nr\s)?)?(?<![\d/])((?:19|20)\d{2}\/\d{1,4})(?:\/(EU|EY|EC|EG|ETY|EEC))?(?![\d/])/giu;
const OLD_DIRECTIVE = /(?<![\d/])(\d{2}\/\d{1,3}\/(?:EY|EC|EG|ETY|EEC))(?![\d/])/giu;
const BILL = /(?<![\p{L}])(?:HE|RP)\s\d{1,3}\/(?:19|20)\d{2}(?:\s?vp)?/gu;
const ARTICLE =
  /(\d{1,2})\s?(?:artiklan|artikla|art\.?|article|artikel)\s?(?:(\d)\s?(?:kohdan|kohta|mom\.?|paragraph|punkt)?\s?(?:([a-f])\s?(?:alakohdan|alakohta|point|led)?)?)?|(?:artiklan|artikla|art\.?|article|artikel)\s?(\d{1,2})(?:\s?\((\d)\)(?:\s?\(([a-f])\))?|\.(\d)(?:\.?\s?([a-f]))?)?/iu;

/**
 * The laws a text cites: Finnish acts by their number (`1050/2018`) with the
 * section after or before it (`(523/1999) 10 §`, `4 §:n (1050/2018)`), EU
 * regulations and directives (`(EU) 2016/679`, `95/46/EY`) with the article
 * the text names, and government bills (`HE 9/2018 vp`), which are not law.
 */
export function lawsIn(text: string): LawFound[] {
  const found: LawFound[] = [];
  const seen = new Set<string>();
  const add = (reference: LawReference, written: string) => {
    const key = `${reference.number ?? ''} ${reference.section ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ reference, written, known: reference.number !== undefined && knownActByNumber(reference.number) !== undefined });
  };
  for (const match of text.matchAll(BILL)) add({ kind: 'government-bill', number: match[0] }, match[0]);
  for (const match of text.matchAll(SECTION_FIRST)) add({ number: match[2] ?? '', section: sectionOf(match[1] ?? '') }, match[0]);
  for (const match of text.matchAll(ACT)) {
    if (/(?:HE|RP)\s$/u.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    const number = match[1] ?? '';
    if ([...seen].some((key) => key.startsWith(`${number} `) && !key.endsWith(' '))) continue;
    add({ number, ...(match[2] === undefined ? {} : { section: sectionOf(match[2]) }) }, match[0]);
  }
  for (const match of text.matchAll(EU_ACT)) {
    const number = match[2] === undefined ? (match[1] ?? '') : `${match[1] ?? ''}/${match[2]}`;
    if (/^(?:19|20)\d{2}\/(?:19|20)\d{2}$/u.test(match[1] ?? '')) continue;
    const known = knownActByNumber(number);
    const kind = known?.kind ?? (match[2] === undefined ? 'eu-regulation' : 'eu-directive');
    const article = articleIn(text);
    add({ kind, number, ...(article === undefined || kind !== 'eu-regulation' ? {} : { article }) }, match[0]);
  }
  for (const match of text.matchAll(OLD_DIRECTIVE)) add({ kind: 'eu-directive', number: match[1] ?? '' }, match[0]);
  for (const { number, pattern } of BY_NAME) {
    if (found.some((law) => law.reference.number === number)) continue;
    const match = pattern.exec(text);
    if (match !== null) add({ number, ...(match[1] === undefined ? {} : { section: sectionOf(match[1]) }) }, match[0]);
  }
  return found;
}

/**
 * The acts seloste knows, by the name a notice cites them with where it
 * gives no number: `henkilötietolain 8 §:n` is the Personal Data Act
 * (523/1999), section 8. Finnish names of one word ending in -laki are found
 * in any case (`-lain`, `-lakiin`, `-lakia`); other names as written.
 */
const BY_NAME: readonly { number: string; pattern: RegExp }[] = (knownActs.acts as readonly { number: string; names: Record<string, string> }[]).flatMap(
  (act) =>
    Object.values(act.names).map((name) => {
      const stem = /^\p{L}+laki$/u.test(name) ? `${name.slice(0, -4)}la(?:ki|in|kiin|kia)` : name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      return { number: act.number, pattern: new RegExp(`(?<![\\p{L}])${stem}(?![\\p{L}])(?:\\s+(\\d{1,3}\\s?[a-z]?\\s*§))?`, 'iu') };
    }),
);

/** `10 §` → `10`, `2 luvun 10 §` → `2 luvun 10 §` (kept as written where it says more than a number). */
function sectionOf(written: string): string {
  const plain = /^(\d{1,3}\s?[a-z]?)\s*(?:§|pykälä)$/u.exec(written.trim());
  return plain === null ? written.trim().replace(/\s+/gu, ' ') : (plain[1] ?? '').replace(/\s/gu, '');
}

/** The article of the GDPR a text names: `6 artiklan 1 kohdan a alakohta`, `Art. 6(1)(a)`, `artikla 6.1 a` → `6(1)(a)`. */
export function articleIn(text: string): string | undefined {
  const match = ARTICLE.exec(text);
  if (match === null) return undefined;
  const article = match[1] ?? match[4];
  const paragraph = match[2] ?? match[5] ?? match[7];
  const point = match[3] ?? match[6] ?? match[8];
  if (article === undefined) return undefined;
  return `${article}${paragraph === undefined ? '' : `(${paragraph})`}${paragraph !== undefined && point !== undefined ? `(${point.toLowerCase()})` : ''}`;
}
