/** Collapses runs of white space (a no-break space included) into one space, and trims. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/gu, ' ').trim();
}

/** Each line of a text, normalised, without the empty ones. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map(normalise)
    .filter((line) => line !== '');
}

/** Words left out of ids: `Markkinointi ja viestintä` → `markkinointi-viestinta`. */
const STOP_WORDS = /(?<![\p{L}\p{N}])(?:ja|sekä|tai|eli|mukaan|lukien|and|or|of|the|to|for|a|an|in|och|att|för|eller|av|i)(?![\p{L}\p{N}])/giu;

const FOLD: Readonly<Record<string, string>> = { ä: 'a', å: 'a', ö: 'o', ü: 'u', é: 'e', è: 'e', á: 'a', à: 'a', ß: 'ss', æ: 'ae', ø: 'o', š: 's', ž: 'z' };

/**
 * An identifier made from a text: lower-case ASCII letters and digits joined
 * by single hyphens, at most `words` words and 40 characters
 * (`Pori Energia Sähköverkot Oy` → `pori-energia-sahkoverkot-oy`). Empty when
 * the text has no letter or digit.
 */
export function slug(text: string, words = 4): string {
  const folded = text
    .replace(STOP_WORDS, ' ')
    .toLowerCase()
    .replace(/[äåöüéèáàßæøšž]/gu, (character) => FOLD[character] ?? character)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '');
  const parts = folded
    .split(/[^a-z0-9]+/u)
    .filter((part) => part !== '')
    .slice(0, words);
  let id = '';
  for (const part of parts) {
    const next = id === '' ? part : `${id}-${part}`;
    if (next.length > 40) break;
    id = next;
  }
  if (id === '' && parts[0] !== undefined) id = parts[0].slice(0, 40);
  // Windows device names are not ids (common.schema.json)
  return /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/u.test(id) ? `${id}-1` : id;
}

/** Ids made unique within one list: a second `markkinointi` becomes `markkinointi-2`. */
export class IdSet {
  private readonly used = new Set<string>();
  private readonly fallback: string;
  constructor(fallback: string) {
    this.fallback = fallback;
  }

  /** A fresh id from a text, or from the fallback word when the text gives none. */
  take(text: string, words = 4): string {
    const base = slug(text, words) || this.fallback;
    let id = base;
    for (let count = 2; this.used.has(id); count += 1) id = `${base}-${count}`;
    this.used.add(id);
    return id;
  }
}

/** A text's sentences: split after `.`, `!` or `?` that a capital letter or a digit follows. */
export function sentencesOf(text: string): string[] {
  return normalise(text)
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** A pattern of whole words: not preceded or followed by a letter or digit (`\b` knows only ASCII). */
export function words(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

const MARKERS: Readonly<Record<string, RegExp>> = {
  fi: words('ja|tai|sekä|tietoja|tiedot|voidaan|ovat|että|oikeus|on|rekisterin|henkilötietoja', 'giu'),
  en: words('the|and|of|to|data|personal|is|are|we|your|processing|with|for', 'giu'),
  sv: words('och|att|för|personuppgifter|uppgifter|behandling|vi|som|med|är|den|det|till', 'giu'),
};

/**
 * The language a text is most likely in, of Finnish, English and Swedish, by
 * counting their most frequent words; Finnish when nothing is found.
 */
export function guessLanguage(text: string): 'fi' | 'en' | 'sv' {
  const sample = text.slice(0, 20000);
  let best: 'fi' | 'en' | 'sv' = 'fi';
  let bestCount = 0;
  for (const language of ['fi', 'en', 'sv'] as const) {
    const count = sample.match(MARKERS[language] ?? /$^/u)?.length ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

/** Each line normalised, empty ones dropped, joined by line breaks. */
export function normalisedLines(text: string): string {
  return text
    .split('\n')
    .map(normalise)
    .filter((line) => line !== '')
    .join('\n');
}
