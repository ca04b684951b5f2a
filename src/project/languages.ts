import { closestMatch, code, listOf, type Diagnostic } from '../diagnostics/index.ts';
import { at, noticePointer, placeOf, type LocalizedText, type NoticeDocument } from '../model/index.ts';
import { localizedTexts } from '../schema/index.ts';
import { diagnosticAt, type ParsedSource } from '../source/index.ts';

/** Each language a notice is published in must be one seloste has standard texts for. */
export function unsupportedLanguages(document: NoticeDocument, source: ParsedSource, locales: readonly string[] | undefined): Diagnostic[] {
  if (locales === undefined) return [];
  return document.languages.flatMap((language, index) =>
    locales.includes(language) ? [] : [diagnosticAt(source, noticePointer('languages', index), 'unsupported-language', unsupportedMessage(language, locales))],
  );
}

function unsupportedMessage(language: string, locales: readonly string[]): string {
  const meant = closestMatch(language, locales);
  const fix = meant === undefined ? 'choose one of those languages' : `did you mean ${code(meant)}? Choose one of those languages`;
  return `Unsupported language ${code(language)}: seloste has standard texts for ${listOf(locales, 'and')}, and this version has none for ${code(language)}; ${fix}`;
}

/**
 * Every text is keyed by a language the notice lists in `languages`: a text in
 * another (`eng:` for `en:`) would reach no page, or be shown as a fallback
 * under a language code no reader knows.
 */
export function unlistedTextLanguages(document: NoticeDocument, source: ParsedSource): Diagnostic[] {
  const listed = document.languages;
  return localizedTexts('notice', document).flatMap(({ pointer, text }) =>
    Object.keys(text)
      .filter((language) => !listed.includes(language))
      .map((language) =>
        diagnosticAt(source, at(placeOf<LocalizedText>(pointer), language), 'unlisted-language', unlistedMessage(language, listed), { target: 'key' }),
      ),
  );
}

function unlistedMessage(language: string, listed: readonly string[]): string {
  const meant = closestMatch(language, listed);
  const fix = meant === undefined ? 'correct the language code' : `did you mean ${code(meant)}? Correct the language code`;
  return `Text in ${code(language)}, a language the notice does not list in \`languages\` (${listOf(listed, 'and')}): ${fix}, or add the language to \`languages\` and translate every text`;
}
