import { addressLine, valueIn, type Address, type PerLanguage } from '../model/index.ts';

/**
 * A text of the record in one language, for formats that hold one language
 * per value (TILT, the spreadsheet): in `lang`, else in the first of the
 * notice's `languages` that has it; undefined when the record has none.
 */
export function textIn(value: PerLanguage<string> | undefined, lang: string, languages: readonly string[]): string | undefined {
  return value === undefined ? undefined : valueIn(value, lang, languages)?.value;
}

/**
 * The word for a P.O. box in a language, for addresses on one line (the
 * record keeps the box number alone). The rendered pages take theirs from the
 * standard texts, which the export layer does not reach; these three are the
 * languages seloste publishes in.
 */
const PO_BOX: Readonly<Record<string, string>> = { fi: 'PL', sv: 'PB', en: 'P.O. Box' };

/** An address on one line in one language: `Radanvarsi 2, 28100 Pori`, `PL 800, 00531 Helsinki`. */
export function addressIn(address: Address, lang: string, languages: readonly string[]): string {
  return addressLine(address, lang, languages, (box) => `${PO_BOX[lang] ?? PO_BOX['en']} ${box}`);
}
