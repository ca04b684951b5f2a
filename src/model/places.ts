import { childPointer, toPointer } from '../source/index.ts';
import type { Notice, Organisation } from './types.ts';

declare const pointsAt: unique symbol;

/** A segment of a path: a key of an object, or an index of a list. */
type Segment = string | number;

/** The segments that lead one step down from a value of type `T`: a list's indexes, an object's keys (of any member of a union). */
export type StepOf<T> = T extends readonly unknown[] ? number : T extends object ? Extract<keyof T, string> : never;

/** The value one step down from `T` along segment `K` (present or not: a place names where a value is written or would be). */
export type ChildOf<T, K> = T extends readonly (infer Item)[] ? (K extends number ? Item : never) : T extends object ? (K extends keyof T ? NonNullable<T[K]> : never) : never;

/** The path `P` when every segment is a step of the value before it; else the path with the first wrong segment replaced by the steps allowed there. */
export type CheckedPath<T, P extends readonly Segment[]> = P extends readonly [infer K, ...infer Rest extends readonly Segment[]]
  ? K extends StepOf<T>
    ? readonly [K, ...CheckedPath<ChildOf<T, K>, Rest>]
    : readonly [StepOf<T>, ...Rest]
  : readonly [];

/** The value at the end of path `P` from `T`. */
export type ValueAt<T, P extends readonly Segment[]> = P extends readonly [infer K, ...infer Rest extends readonly Segment[]] ? ValueAt<ChildOf<T, K>, Rest> : T;

/** A JSON pointer into a document, typed with the value it points at. */
export type Place<T> = string & { readonly [pointsAt]: T };

type PathArgs<T, P extends readonly Segment[]> = P extends CheckedPath<T, P> ? P : CheckedPath<T, P>;

export function noticePointer<const P extends readonly Segment[]>(...path: PathArgs<NoticeRoot, P>): Place<ValueAt<NoticeRoot, P>> {
  return toPointer(path) as Place<ValueAt<NoticeRoot, P>>;
}

export function organisationPointer<const P extends readonly Segment[]>(...path: PathArgs<OrganisationRoot, P>): Place<ValueAt<OrganisationRoot, P>> {
  return toPointer(path) as Place<ValueAt<OrganisationRoot, P>>;
}

export function at<T, const P extends readonly Segment[]>(place: Place<T>, ...path: PathArgs<T, P>): Place<ValueAt<T, P>> {
  let pointer: string = place;
  for (const segment of path) pointer = childPointer(pointer, segment);
  return pointer as Place<ValueAt<T, P>>;
}

type NoticeRoot = Notice['document'];
type OrganisationRoot = Organisation['document'];
