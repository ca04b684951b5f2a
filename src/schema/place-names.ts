import { code } from '../diagnostics/index.ts';
import { lastSegment, parentPointer } from '../source/index.ts';

/**
 * How messages name the place of a value: its key, or the list item it is,
 * by its id where it has one (purpose `jasenyys`), else by its number in the
 * list (item 2 of `retention.rules`).
 */
export function placeName(pointer: string, data: unknown): string {
  const last = lastSegment(pointer) ?? '';
  if (!/^\d+$/u.test(last)) return code(last);
  const listPointer = parentPointer(pointer);
  const list = lastSegment(listPointer) ?? '';
  const owner = listPointer === '' ? undefined : lastSegment(parentPointer(listPointer));
  const id = typeof data === 'object' && data !== null && 'id' in data ? data.id : undefined;
  if (typeof id === 'string' && id !== '') return `${itemNoun(owner, list)} ${code(id)}`;
  return `item ${Number(last) + 1} of ${code(owner === undefined ? list : `${owner}.${list}`)}`;
}

/** What an item of a list is called: `purposes.items` holds purposes, `dataSubjects.groups` data subject groups. */
function itemNoun(owner: string | undefined, list: string): string {
  const singular = (name: string) => words(name).replace(/ies$/u, 'y').replace(/s$/u, '');
  if (owner === undefined) return singular(list);
  return list === 'items' ? singular(owner) : `${singular(owner)} ${singular(list)}`;
}

/** `dataCategories` → `data categories`. */
function words(name: string): string {
  return name.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ').toLowerCase();
}

/** Language codes as texts are keyed: `fi`, `en`, `sv`. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/u;

/**
 * For a language code among the keys of something that is not a text: the
 * text beside it that it likely belongs to (the last one before it), and a
 * language that text has.
 */
export function translationBeside(key: string, data: unknown): { text: string; language: string } | undefined {
  if (!LANGUAGE_CODE.test(key) || typeof data !== 'object' || data === null) return undefined;
  const entries = Object.entries(data);
  const before = entries.slice(0, entries.findIndex(([name]) => name === key));
  const texts = before.filter(([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((name) => LANGUAGE_CODE.test(name)));
  const [text, value] = texts.at(-1) ?? [];
  const language = Object.keys(value ?? {})[0];
  return text === undefined || language === undefined ? undefined : { text, language };
}
