import type { PlainData } from './yaml-text.ts';

/** Language codes as texts are keyed: `fi`, `en`, `sv`. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/u;

/** What stands for a text an example has not in a language: to be written by the author. */
export const TO_BE_WRITTEN = '…';

/** Whether a value is a text per language (`{fi: …, en: …}`): a mapping of language codes to texts. */
function isTextPerLanguage(value: PlainData): value is { readonly [language: string]: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LANGUAGE_CODE.test(key) && typeof text === 'string');
}

/**
 * An example in a notice's languages: each text per language gets exactly
 * those languages, in their order, keeping the example's text where it has
 * one and {@link TO_BE_WRITTEN} where it has none, so that the example shows
 * what the notice must give.
 */
export function inLanguages(example: PlainData, languages: readonly string[]): PlainData {
  if (example === null || typeof example !== 'object') return example;
  if (Array.isArray(example)) return example.map((item: PlainData) => inLanguages(item, languages));
  if (isTextPerLanguage(example)) return Object.fromEntries(languages.map((language) => [language, example[language] ?? TO_BE_WRITTEN]));
  return Object.fromEntries(Object.entries(example).map(([key, value]) => [key, inLanguages(value, languages)]));
}
