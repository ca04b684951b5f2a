/**
 * What a notice says about a section or a key fact, in three states that stay
 * distinct in every output: `given` (it says something), `none` (it says
 * explicitly that there is none) and `not-stated` (it is silent: the key is
 * left out, or `notStated: {note}` says why).
 */
export type StatementState = 'given' | 'none' | 'not-stated';

/** The shape every section shares: an optional explicit `none` and an optional `notStated` note. */
interface Statable {
  readonly none?: boolean;
  readonly notStated?: { readonly note?: string };
}

/** The state of a section or fact: not stated when absent or marked so, none when `none: true`, else given. */
export function stateOf(value: object | undefined): StatementState {
  if (value === undefined) return 'not-stated';
  const statable = value as Statable;
  if (statable.notStated !== undefined) return 'not-stated';
  if (statable.none === true) return 'none';
  return 'given';
}

/** The section when the notice states it (given or none), else `undefined`: what every output reads. */
export function stated<T extends object>(value: T | undefined): T | undefined {
  return stateOf(value) === 'not-stated' ? undefined : value;
}
