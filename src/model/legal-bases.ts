import type { LawReference, LegalBasisEntry } from './generated/schema-types.ts';
import type { DeepReadonly } from './types.ts';
import type { LegalBasis, LegalBasisCode } from './vocabulary.ts';

/** One legal basis of a statement and where it is written. */
export interface StatedBasis {
  readonly entry: DeepReadonly<LegalBasisEntry>;
  /** The entry's pointer: the statement's own for a basis written directly, else `…/bases/<n>`. */
  readonly pointer: string;
}

/**
 * The bases a legal-basis statement names: the one written directly on it
 * (`basis: consent`), or each of its `bases`. A statement with only words of
 * its own (a `description`) names none.
 */
export function basesOf(statement: LegalBasis, pointer: string): StatedBasis[] {
  if (statement.bases !== undefined) return statement.bases.map((entry, index) => ({ entry, pointer: `${pointer}/bases/${index}` }));
  const { basis, law, hedge, scope, legitimateInterest, specialCategoryCondition, howToWithdraw } = statement;
  if (basis === undefined && law === undefined) return [];
  const entry: DeepReadonly<LegalBasisEntry> = Object.fromEntries(
    Object.entries({ basis, law, hedge, scope, legitimateInterest, specialCategoryCondition, howToWithdraw }).filter(([, value]) => value !== undefined),
  );
  return [{ entry, pointer }];
}

/** The Art. 6(1) points a statement names. */
export function basisCodes(statement: LegalBasis | undefined): Set<LegalBasisCode> {
  if (statement === undefined) return new Set();
  return new Set(basesOf(statement, '').flatMap(({ entry }) => (entry.basis === undefined ? [] : [entry.basis])));
}

/** A statement's law references as a list, whether it gives one or several. */
export function lawReferences(laws: DeepReadonly<LawReference> | readonly DeepReadonly<LawReference>[] | undefined): readonly DeepReadonly<LawReference>[] {
  if (laws === undefined) return [];
  return Array.isArray(laws) ? laws : [laws as DeepReadonly<LawReference>];
}

/** The pointer of the `n`th law reference of a `law` key that holds one or several. */
export function lawPointer(laws: unknown, lawKeyPointer: string, index: number): string {
  return Array.isArray(laws) ? `${lawKeyPointer}/${index}` : lawKeyPointer;
}
