import { valueIn, type PerLanguage } from '../model/index.ts';

/**
 * A text of the record in one language, for formats that hold one language
 * per value (TILT, the spreadsheet): in `lang`, else in the first of the
 * notice's `languages` that has it; undefined when the record has none.
 */
export function textIn(value: PerLanguage<string> | undefined, lang: string, languages: readonly string[]): string | undefined {
  return value === undefined ? undefined : valueIn(value, lang, languages)?.value;
}
