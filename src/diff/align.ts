import { childPointer, escapeSegment } from '../source/index.ts';

/**
 * An item of a list with the key it is matched by across versions: its `id`
 * where it has one, else what identifies it in its list (a contact's topic, a
 * right's `covers`, a transfer's countries, a retention rule's scope and
 * events, a controller's entity), else its place; a repeated key gets `#n`.
 */
export interface KeyedItem<T> {
  readonly key: string;
  readonly item: T;
  readonly index: number;
}

/** The items of a list, each with its key (see {@link KeyedItem}). */
export function keyedItems<T>(items: readonly T[] | undefined): KeyedItem<T>[] {
  const seen = new Map<string, number>();
  return (items ?? []).map((item, index) => {
    const base = keyOf(item, index);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { key: count === 0 ? base : `${base}#${count}`, item, index };
  });
}

function keyOf(item: unknown, index: number): string {
  if (typeof item === 'string') return `=${item}`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return `#${index}`;
  const record = item as Readonly<Record<string, unknown>>;
  if (typeof record['id'] === 'string') return `id:${record['id']}`;
  if (typeof record['entity'] === 'string') return `=${record['entity']}`;
  if (typeof record['topic'] === 'string') return `topic:${record['topic']}`;
  if (Array.isArray(record['covers'])) return `covers:${[...(record['covers'] as string[])].sort().join(',')}`;
  if (Array.isArray(record['countries'])) return `countries:${[...(record['countries'] as string[])].sort().join(',')}`;
  if (isRetentionRule(record)) return `rule:${JSON.stringify([record['appliesTo'], record['until'], record['after']])}`;
  return `#${index}`;
}

function isRetentionRule(record: Readonly<Record<string, unknown>>): boolean {
  return ['period', 'until', 'after', 'permanent', 'recordsManagementPlan'].some((key) => key in record);
}

/** Two lists matched by key: the items only in the old one, only in the new one, and in both. */
export interface Matched<T> {
  readonly removed: readonly KeyedItem<T>[];
  readonly added: readonly KeyedItem<T>[];
  readonly kept: readonly { readonly key: string; readonly old: KeyedItem<T>; readonly new: KeyedItem<T> }[];
}

/** Matches the items of two versions of a list by their keys. */
export function matchItems<T>(before: readonly T[] | undefined, after: readonly T[] | undefined): Matched<T> {
  const old = keyedItems(before);
  const neu = keyedItems(after);
  const oldByKey = new Map(old.map((entry) => [entry.key, entry]));
  const newKeys = new Set(neu.map((entry) => entry.key));
  return {
    removed: old.filter((entry) => !newKeys.has(entry.key)),
    added: neu.filter((entry) => !oldByKey.has(entry.key)),
    kept: neu.flatMap((entry) => {
      const match = oldByKey.get(entry.key);
      return match === undefined ? [] : [{ key: entry.key, old: match, new: entry }];
    }),
  };
}

/**
 * A place in both versions of a document: the pointer in each (absent where
 * the version lacks it), and its path of keys, the same in both versions
 * (`/purposes/items/[id:markkinointi]/description`), which claims are made on.
 */
export interface Aligned {
  readonly path: string;
  readonly old?: string;
  readonly new?: string;
}

/** The root of a document in both versions. */
export const ROOT: Aligned = { path: '', old: '', new: '' };

/** A property of a place, in both versions. */
export function property(place: Aligned, key: string): Aligned {
  return {
    path: `${place.path}/${escapeSegment(key)}`,
    ...(place.old === undefined ? {} : { old: childPointer(place.old, key) }),
    ...(place.new === undefined ? {} : { new: childPointer(place.new, key) }),
  };
}

/** An item of a list at a place, by its key and its index in each version (undefined where it is missing). */
export function item(place: Aligned, key: string, oldIndex: number | undefined, newIndex: number | undefined): Aligned {
  return {
    path: `${place.path}/[${key}]`,
    ...(place.old === undefined || oldIndex === undefined ? {} : { old: childPointer(place.old, oldIndex) }),
    ...(place.new === undefined || newIndex === undefined ? {} : { new: childPointer(place.new, newIndex) }),
  };
}
