import { toPointer } from '../source/index.ts';

/**
 * The collections of a notice whose items other parts name by id (a purpose
 * naming its data categories, a retention rule naming its purposes): where
 * each lives in a notice, what one item is called in messages, and which key
 * of an item names it on a page. The one table of them: the model resolves
 * references with it, schema messages name list items with it, pages name
 * referenced items with it. Plain data, so that this layer (below the model)
 * can hold it; the model checks each `path` against the notice's type, and a
 * test checks the table against the schema.
 */
export const ID_COLLECTIONS = {
  purposes: { path: ['purposes', 'items'], noun: 'purpose', plural: 'purposes', nameKeys: ['name', 'description'] },
  dataSubjects: { path: ['dataSubjects', 'groups'], noun: 'data subject group', plural: 'data subject groups', nameKeys: ['label'] },
  dataCategories: { path: ['dataCategories', 'items'], noun: 'data category', plural: 'data categories', nameKeys: ['label'] },
  sources: { path: ['sources', 'items'], noun: 'source', plural: 'sources', nameKeys: ['label'] },
  recipients: { path: ['recipients', 'items'], noun: 'recipient', plural: 'recipients', nameKeys: ['label'] },
} as const satisfies Readonly<Record<string, IdCollectionEntry>>;

/** One row of {@link ID_COLLECTIONS}. */
export interface IdCollectionEntry {
  /** Where the list of items is in a notice: section, then list (`purposes`, `items`). */
  readonly path: readonly [string, string];
  /** What one item is called in messages: `data subject group`. */
  readonly noun: string;
  /** The same, for many: `data subject groups`. */
  readonly plural: string;
  /**
   * The keys of an item whose text names it on a page, the first one the
   * item has: a purpose by its name, else its description (its `short`
   * name is the summary's alone); the others by their label.
   */
  readonly nameKeys: readonly [string, ...string[]];
}

/** The name of an id collection: `purposes`, `dataSubjects`, `dataCategories`, `sources`, `recipients`. */
export type IdCollectionName = keyof typeof ID_COLLECTIONS;

/** The id collection whose list is at a pointer of a notice (`/dataSubjects/groups`), if any. */
export function idCollectionAt(listPointer: string): (typeof ID_COLLECTIONS)[IdCollectionName] | undefined {
  return Object.values(ID_COLLECTIONS).find(({ path }) => toPointer(path) === listPointer);
}
