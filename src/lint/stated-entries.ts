import {
  basesOf,
  effectiveLegalBasis,
  knownAct,
  lawPointer,
  lawReferences,
  noticeBasisCodes,
  purposesOf,
  type DeepReadonly,
  type LawReference,
  type LawStatement,
  type LegalBasis,
  type LegalBasisCode,
  type LegalBasisEntry,
  type Notice,
  type Place,
} from '../model/index.ts';
import { statedBasesWithPointers } from './helpers.ts';

/** One basis the notice states, with the statement it is part of. */
export interface StatedEntry {
  readonly entry: DeepReadonly<LegalBasisEntry>;
  /** The entry's place: the statement's own for a basis written directly, else `…/bases/<n>`. */
  readonly pointer: Place<DeepReadonly<LegalBasisEntry>>;
  readonly statement: LegalBasis;
  readonly statementPointer: Place<LegalBasis>;
}

/** Every basis of every legal-basis statement the notice makes (its general one first, then each purpose's). */
export function statedEntries(notice: Notice): StatedEntry[] {
  return statedBasesWithPointers(notice).flatMap(({ basis: statement, pointer: statementPointer }) =>
    basesOf(statement, statementPointer).map(({ entry, pointer }) => ({ entry, pointer, statement, statementPointer })),
  );
}

/** A law reference an entry cites, with the pointer of the reference. */
export interface CitedLaw {
  readonly reference: DeepReadonly<LawReference>;
  readonly pointer: Place<DeepReadonly<LawReference>>;
}

/** The law references of a `law` key (one or a list), each with its place. */
export function citedLaws(laws: LawStatement | undefined, lawKeyPointer: Place<LawStatement>): CitedLaw[] {
  return lawReferences(laws).map((reference, index) => ({ reference, pointer: lawPointer(laws, lawKeyPointer, index) }));
}

/** A law reference in words for an English message: `Personal Data Act (523/1999)`, `HE 9/2018 vp`, or the name the notice gives. */
export function lawInWords(reference: DeepReadonly<LawReference>): string {
  const name = knownAct(reference)?.names['en'] ?? firstText(reference.name) ?? firstText(reference.text);
  if (name === undefined) return reference.number ?? 'a law';
  return reference.number === undefined ? name : `${name} (${reference.number})`;
}

function firstText(text: Readonly<Record<string, string>> | undefined): string | undefined {
  return text === undefined ? undefined : (text['en'] ?? Object.values(text)[0]);
}

/**
 * The Art. 6(1) points the processing rests on: of the purposes named, or of
 * the whole notice when none are named. Explicit consent under Art. 9(2)(a)
 * counts as consent, as GDPR Art. 20(1)(a) and 7(3) count it.
 */
export function basesFor(notice: Notice, purposeIds?: readonly string[]): Set<LegalBasisCode> {
  const codes = new Set<LegalBasisCode>();
  const purposes = purposesOf(notice);
  if (purposeIds === undefined) for (const code of noticeBasisCodes(notice)) codes.add(code);
  else
    purposes.forEach((purpose, index) => {
      if (!purposeIds.includes(purpose.id)) return;
      const effective = effectiveLegalBasis(notice, index);
      if (effective === undefined) return;
      for (const { entry } of basesOf(effective.statement, effective.pointer)) if (entry.basis !== undefined) codes.add(entry.basis);
    });
  const explicitConsent = statedEntries(notice).some(
    ({ entry, statementPointer }) => entry.specialCategoryCondition === 'explicit-consent' && appliesTo(statementPointer, purposeIds, notice),
  );
  if (explicitConsent) codes.add('consent');
  return codes;
}

/** Whether a statement applies to one of the purposes named (any statement does when none are named). */
function appliesTo(statementPointer: string, purposeIds: readonly string[] | undefined, notice: Notice): boolean {
  if (purposeIds === undefined) return true;
  return purposesOf(notice).some((purpose, index) => purposeIds.includes(purpose.id) && effectiveLegalBasis(notice, index)?.pointer === statementPointer);
}
