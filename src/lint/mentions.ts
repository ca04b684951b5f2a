/** A word found in one language of a text, not negated (`ei`, `ilman`, `not`, `without`, `inte`, `utan`, …). */
export interface Mention {
  readonly language: string;
  /** The word as the text writes it. */
  readonly word: string;
}

/** Words that negate what follows them, by language; other languages use all of them but the ambiguous `en` and `et`. */
const NEGATIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  fi: new Set(['ei', 'eikä', 'ettei', 'jottei', 'en', 'et', 'emme', 'ette', 'eivät', 'ilman']),
  en: new Set(['not', 'no', 'neither', 'nor', 'never', 'without', 'cannot']),
  sv: new Set(['inte', 'ej', 'icke', 'aldrig', 'utan']),
};
const ANY_NEGATION: ReadonlySet<string> = new Set(
  [...Object.values(NEGATIONS).flatMap((words) => [...words])].filter((word) => word !== 'en' && word !== 'et'),
);

/** How many words before a match a negation still counts: “ei perustu rekisteröidyn suostumukseen”. */
const NEGATION_REACH = 6;

/**
 * The first place a pattern matches a text, in any of its languages (in the
 * order given), that no negation comes shortly before in its sentence:
 * “käsittely ei perustu suostumukseen” does not affirm consent. The pattern
 * must have the `u` flag.
 */
export function affirmedMention(text: Readonly<Record<string, string>> | undefined, pattern: RegExp): Mention | undefined {
  const everywhere = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const [language, value] of Object.entries(text ?? {})) {
    for (const match of value.matchAll(everywhere)) {
      if (!negatedBefore(value.slice(0, match.index), language)) return { language, word: match[0] };
    }
  }
  return undefined;
}

/** Whether any language of a text matches a pattern, negated or not. */
export function mentions(text: Readonly<Record<string, string>> | undefined, pattern: RegExp): boolean {
  return Object.values(text ?? {}).some((value) => pattern.test(value));
}

function negatedBefore(before: string, language: string): boolean {
  const sentence = before.split(/[.!?;:]\s/u).at(-1) ?? '';
  const words = sentence
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .filter(Boolean)
    .slice(-NEGATION_REACH);
  const negations = NEGATIONS[language] ?? ANY_NEGATION;
  return words.some((word) => negations.has(word) || word.endsWith("n't"));
}
