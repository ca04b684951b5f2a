import { ID_COLLECTIONS, type IdCollectionName } from '../schema/id-collections.ts';
import { escapeSegment, toPointer } from '../source/index.ts';
import type { Notice, Organisation } from './types.ts';
import type { LocalizedText } from './vocabulary.ts';

/** A segment of a path: a key of a mapping, or an index of a list. */
export type Segment = string | number;

/** The segments that lead one step down from a value of type `T`: a list's indexes, a mapping's keys (of any member of a union). */
export type StepOf<T> = T extends readonly unknown[] ? number : T extends object ? Extract<keyof T, string> : never;

/** The value one step down from `T` along segment `K`, whether it is given or not: a place names where a value is written, or would be. */
export type ChildOf<T, K> = T extends readonly (infer Item)[]
  ? K extends number
    ? Item
    : never
  : T extends object
    ? K extends keyof T
      ? NonNullable<T[K]>
      : never
    : never;

/**
 * The path `P` itself while each of its segments is a step of the value
 * before it; at the first segment that is not, the steps allowed there. A
 * misspelt key then reads “Argument of type '"nmae"' is not assignable to
 * parameter of type 'keyof Purpose'”.
 */
export type CheckedPath<T, P extends readonly Segment[]> = P extends readonly [infer K, ...infer Rest extends readonly Segment[]]
  ? K extends StepOf<T>
    ? readonly [K, ...CheckedPath<ChildOf<T, K>, Rest>]
    : readonly [StepOf<T>, ...Rest]
  : readonly [];

/** The value at the end of path `P` from `T`. */
export type ValueAt<T, P extends readonly Segment[]> = P extends readonly [infer K, ...infer Rest extends readonly Segment[]]
  ? ValueAt<ChildOf<T, K>, Rest>
  : T;

type NoticeRoot = Notice['document'];
type OrganisationRoot = Organisation['document'];

/** The value at a path of a notice, as the model reads it: `NoticeValue<['purposes', 'items', number]>` is `Purpose`. */
export type NoticeValue<P extends readonly Segment[]> = ValueAt<NoticeRoot, P>;

/** The value at a path of an organisation file, as the model reads it. */
export type OrganisationValue<P extends readonly Segment[]> = ValueAt<OrganisationRoot, P>;

/** The rest parameter of a path from `T`: `P` as written when it is a path of `T`, else what `T` allows (which `P` then fails). */
type PathFrom<T, P extends readonly Segment[]> = P extends CheckedPath<T, P> ? P : CheckedPath<T, P>;

/** The brand that carries a place's type; it exists only for the type checker. */
declare const pointsAt: unique symbol;

/**
 * A JSON pointer (RFC 6901) into a notice or organisation file, typed with
 * the value it points at: `Place<LegalBasis>` is where a legal-basis
 * statement is written. Built by {@link noticePointer},
 * {@link organisationPointer} and {@link at}, whose segments the type checker
 * checks against the generated document types, so a misspelt key or a key at
 * the wrong level does not compile; a plain string is not a place, and
 * {@link placeOf} is the one marked way to take one as a place.
 *
 * A place is a string with a type-only brand rather than an object with an
 * `at` method: that is the simplest form that makes a wrong key a compile
 * error, since every API that takes a pointer (a lint report, a text's
 * pointer in rendering, the source map, `diagnosticAt`) takes a place as it
 * is, places compare and key maps as the pointers they are, and nothing is
 * allocated or changed at run time. A function that builds on a pointer it is
 * given takes a `Place<T>` and extends it with {@link at}, checked against `T`.
 *
 * Places are covariant, and structural as TypeScript types are: a place of a
 * type whose keys are all optional and fit another's may stand for a place of
 * that other; {@link at} still checks every key it appends.
 */
export type Place<T> = string & { readonly [pointsAt]: T };

/**
 * The place in a notice at a path of keys and list indexes, escaped per RFC
 * 6901: `noticePointer('purposes', 'items', index, 'legalBasis')` is
 * `/purposes/items/<index>/legalBasis`, a `Place<LegalBasis>`; no segments
 * give the whole notice (the empty pointer).
 */
export function noticePointer<const P extends readonly Segment[]>(...path: PathFrom<NoticeRoot, P>): Place<ValueAt<NoticeRoot, P>> {
  return extended('', path) as Place<ValueAt<NoticeRoot, P>>;
}

/** The place in an organisation file at a path of keys and list indexes: `organisationPointer('dpo', 'contact')`. */
export function organisationPointer<const P extends readonly Segment[]>(...path: PathFrom<OrganisationRoot, P>): Place<ValueAt<OrganisationRoot, P>> {
  return extended('', path) as Place<ValueAt<OrganisationRoot, P>>;
}

/** A place below a given one: `at(basis, 'description')` for a `Place<LegalBasis>`, each segment checked against the type the place points at. */
export function at<T, const P extends readonly Segment[]>(place: Place<T>, ...path: PathFrom<T, P>): Place<ValueAt<T, P>> {
  return extended(place, path) as Place<ValueAt<T, P>>;
}

/**
 * A pointer with segments appended, each escaped as `childPointer`
 * does; a plain loop, with indexes taken as they are, since a page builds
 * hundreds of places.
 */
function extended(pointer: string, path: readonly Segment[]): string {
  let extendedPointer = pointer;
  for (const segment of path) extendedPointer += typeof segment === 'number' ? `/${segment}` : `/${escapeSegment(segment)}`;
  return extendedPointer;
}

/**
 * A pointer built elsewhere as a plain string (by a model function such as
 * `basesOf` or `effectiveLegalBasis`, by a walk along the schema, or joined
 * from a relative one), taken as the place of a `T`: the one step the type
 * checker cannot see, so it is written where such a pointer enters, never
 * for a pointer written by hand.
 */
export function placeOf<T>(pointer: string): Place<T> {
  return pointer as Place<T>;
}

/** The list of an id collection, as the notice's type has it: `readonly Purpose[]` for `purposes`. */
export type CollectionList<N extends IdCollectionName> = ValueAt<NoticeRoot, (typeof ID_COLLECTIONS)[N]['path']>;

/** An item of an id collection: `Purpose` for `purposes`. */
export type CollectionItem<N extends IdCollectionName> = CollectionList<N> extends readonly (infer Item)[] ? Item : never;

/** Where a notice lists the items of an id collection: `/dataSubjects/groups` for `dataSubjects`. */
export function collectionPlace<N extends IdCollectionName>(name: N): Place<CollectionList<N>> {
  return toPointer(ID_COLLECTIONS[name].path) as Place<CollectionList<N>>;
}

/** The items a notice gives in an id collection, in its order; none when it gives none (or does not state the section). */
export function collectionItems<N extends IdCollectionName>(document: NoticeRoot, name: N): readonly CollectionItem<N>[] {
  const [section, list] = ID_COLLECTIONS[name].path;
  const holder = document[section] as Readonly<Record<string, unknown>> | undefined;
  return (holder?.[list] ?? []) as readonly CollectionItem<N>[];
}

/**
 * The text that names an item of an id collection wherever another part of
 * the notice refers to it, and where that text is: the first of the
 * collection's `nameKeys` the item has (a purpose's short name, else its
 * label, else its description; another item's label). `undefined` for an id
 * the collection does not have.
 */
export function namingText(
  document: NoticeRoot,
  name: IdCollectionName,
  id: string,
): { readonly text: LocalizedText; readonly place: Place<LocalizedText> } | undefined {
  const items: readonly { readonly id: string }[] = collectionItems(document, name);
  const index = items.findIndex((item) => item.id === id);
  const item = items[index] as Readonly<Record<string, LocalizedText | undefined>> | undefined;
  if (item === undefined) return undefined;
  for (const key of ID_COLLECTIONS[name].nameKeys) {
    const text = item[key];
    // the table, not the type checker, knows which key names which collection's items (a recipient's `name` is not its label)
    if (text !== undefined) return { text, place: placeOf<LocalizedText>(toPointer([...ID_COLLECTIONS[name].path, index, key])) };
  }
  return undefined;
}
