import type { NoticeParts, UnplacedBlock } from './draft.ts';

/** Keys whose plain string values may differ by language (an e-mail address per language); any other differing value keeps the original's. */
const PER_LANGUAGE = new Set(['email', 'address', 'phone', 'number', 'name', 'street', 'locality', 'unit', 'form', 'website']);

const isText = (value: unknown, languages: readonly string[]): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => languages.includes(key) && typeof text === 'string');

/**
 * Merges the draft of a translation into the original's: texts become values
 * per language, lists pair their items by position (the original's ids and
 * structured values win), and a value that differs (an e-mail address)
 * becomes one per language where the model allows it. What the translation
 * has that cannot be paired (a list of another length) is returned, to be
 * kept in `unplaced`.
 */
export function mergeTranslation(
  original: NoticeParts,
  translation: NoticeParts,
  languages: readonly [string, string],
): { parts: NoticeParts; unpaired: UnplacedBlock[] } {
  const unpaired: UnplacedBlock[] = [];
  const merge = (a: unknown, b: unknown, key: string, path: string): unknown => {
    if (b === undefined) return a;
    if (a === undefined) return b;
    if (isText(a, languages) && isText(b, languages)) return { ...a, ...b };
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length === b.length) return a.map((item: unknown, index) => merge(item, b[index], key, `${path}/${String(index)}`));
      unpaired.push({ heading: path, language: languages[1], text: textsOf(b, languages[1]).join('\n\n') });
      return a;
    }
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
      const result: Record<string, unknown> = { ...(a as Record<string, unknown>) };
      for (const [child, value] of Object.entries(b as Record<string, unknown>)) result[child] = merge(result[child], value, child, `${path}/${child}`);
      return result;
    }
    if (typeof a === 'string' && typeof b === 'string' && a !== b && PER_LANGUAGE.has(key)) return { [languages[0]]: a, [languages[1]]: b };
    return a;
  };
  const parts = merge(original, translation, '', '') as NoticeParts;
  return { parts, unpaired: unpaired.filter((block) => block.text !== '') };
}

/** The texts in one language of a value, in order. */
function textsOf(value: unknown, language: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => textsOf(item, language));
  const own = (value as Record<string, unknown>)[language];
  if (typeof own === 'string') return [own];
  return Object.values(value).flatMap((item) => textsOf(item, language));
}
