import type { LawReference, LegalBasisEntry } from './generated/schema-types.ts';
import { at, placeOf, type Place } from './places.ts';
import type { DeepReadonly } from './types.ts';
import type { LegalBasis, LegalBasisCode } from './vocabulary.ts';

/** One legal basis of a statement and where it is written. */
export interface StatedBasis {
  readonly entry: DeepReadonly<LegalBasisEntry>;
  /** The entry's place: the statement's own for a basis written directly, else `…/bases/<n>`. */
  readonly pointer: Place<DeepReadonly<LegalBasisEntry>>;
}

/**
 * The bases a legal-basis statement names: the one written directly on it
 * (`basis: consent`), or each of its `bases`. A statement with only words of
 * its own (a `description`) names none.
 */
export function basesOf(statement: LegalBasis, pointer: Place<LegalBasis>): StatedBasis[] {
  if (statement.bases !== undefined) return statement.bases.map((entry, index) => ({ entry, pointer: at(pointer, 'bases', index) }));
  const entry = directEntry(statement);
  // a basis written directly is written on the statement itself, with the keys an entry has
  return entry === undefined ? [] : [{ entry, pointer: placeOf<DeepReadonly<LegalBasisEntry>>(pointer) }];
}

/** The basis a statement names directly (`basis: consent`), as an entry of `bases` would name it; undefined when it names none. */
function directEntry(statement: LegalBasis): DeepReadonly<LegalBasisEntry> | undefined {
  const { basis, law, hedge, scope, legitimateInterest, specialCategoryCondition, howToWithdraw } = statement;
  if (basis === undefined && law === undefined) return undefined;
  return Object.fromEntries(
    Object.entries({ basis, law, hedge, scope, legitimateInterest, specialCategoryCondition, howToWithdraw }).filter(([, value]) => value !== undefined),
  );
}

/** The Art. 6(1) points a statement names. */
export function basisCodes(statement: LegalBasis | undefined): Set<LegalBasisCode> {
  if (statement === undefined) return new Set();
  const entries = statement.bases ?? [directEntry(statement)].filter((entry) => entry !== undefined);
  return new Set(entries.flatMap((entry) => (entry.basis === undefined ? [] : [entry.basis])));
}

/** A statement's law references as a list, whether it gives one or several. */
export function lawReferences(laws: DeepReadonly<LawReference> | readonly DeepReadonly<LawReference>[] | undefined): readonly DeepReadonly<LawReference>[] {
  if (laws === undefined) return [];
  return Array.isArray(laws) ? laws : [laws as DeepReadonly<LawReference>];
}

/** The place of the `n`th law reference of a `law` key that holds one or several. */
export function lawPointer(laws: unknown, lawKeyPointer: Place<LawStatement>, index: number): Place<DeepReadonly<LawReference>> {
  // a key that holds one reference is that reference's place
  return Array.isArray(laws) ? at(lawKeyPointer, index) : placeOf<DeepReadonly<LawReference>>(lawKeyPointer);
}

/** A `law` key as a notice gives it: one reference or several. */
export type LawStatement = DeepReadonly<LawReference> | readonly DeepReadonly<LawReference>[];
