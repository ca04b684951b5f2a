import { code } from '../diagnostics/index.ts';
import { lastSegment, parentPointer } from '../source/index.ts';
import { idCollectionAt } from './id-collections.ts';

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
  if (typeof id === 'string' && id !== '') return `${idCollectionAt(listPointer)?.noun ?? itemNoun(owner, list)} ${code(id)}`;
  return `item ${Number(last) + 1} of ${code(owner === undefined ? list : `${owner}.${list}`)}`;
}

/**
 * What an item of another list with ids is called, from the list's keys:
 * `entities` holds entities, `transfers.destinations` transfer destinations.
 */
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
  const { entries, positions } = indexed(data);
  for (let index = (positions.get(key) ?? 0) - 1; index >= 0; index -= 1) {
    const [text, value] = entries[index] as [string, unknown];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const languages = Object.keys(value);
    if (languages.length > 0 && languages.every((name) => LANGUAGE_CODE.test(name))) return { text, language: languages[0] as string };
  }
  return undefined;
}

/** A mapping's entries and where each key stands, made once per mapping: a file with many unknown keys asks for each. */
const indexes = new WeakMap<object, { entries: [string, unknown][]; positions: Map<string, number> }>();

function indexed(data: object): { entries: [string, unknown][]; positions: Map<string, number> } {
  let index = indexes.get(data);
  if (index === undefined) {
    const entries = Object.entries(data);
    index = { entries, positions: new Map(entries.map(([name], position) => [name, position])) };
    indexes.set(data, index);
  }
  return index;
}
