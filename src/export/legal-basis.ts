import {
  basesOf,
  effectiveLegalBasis,
  noticePointer,
  stated,
  type DeepReadonly,
  type EffectiveLegalBasis,
  type LegalBasisEntry,
  type Notice,
  type Place,
} from '../model/index.ts';
import type { LegalBasis, LegalBasisCode } from '../model/vocabulary.ts';
import type { GivenIn, ProcessingActivity } from './record-types.ts';
import { withDefined } from './defined.ts';
import { lawReferencesRecord } from './law-reference.ts';
import { NOT_STATED } from './statement.ts';

type Entry = GivenIn<'legalBasis'>['items'][number];

const ARTICLE: Readonly<Record<LegalBasisCode, string>> = {
  consent: '6(1)(a)',
  contract: '6(1)(b)',
  'legal-obligation': '6(1)(c)',
  'vital-interests': '6(1)(d)',
  'public-task': '6(1)(e)',
  'legitimate-interests': '6(1)(f)',
};

/**
 * The legal basis of an activity as the notice states it: the purpose's own
 * statement, else the one for all purposes (`statedFor`), with each basis it
 * names and its own words. A purpose index of `undefined` is the register as
 * a whole, for a notice that states no purposes.
 */
export function legalBasisStatement(notice: Notice, purposeIndex: number | undefined): ProcessingActivity['legalBasis'] {
  const effective = purposeIndex === undefined ? registerLegalBasis(notice) : effectiveLegalBasis(notice, purposeIndex);
  if (effective === undefined) return NOT_STATED;
  const { statement, scope, pointer } = effective;
  return withDefined({
    status: 'given' as const,
    statedFor: scope,
    items: entriesOf(statement, pointer).map(entryRecord),
    relation: statement.relation,
    description: statement.description,
  });
}

/** The statement for all purposes, for a notice that states no purposes. */
function registerLegalBasis(notice: Notice): EffectiveLegalBasis | undefined {
  const general = stated(notice.document.legalBasis);
  return general === undefined ? undefined : { statement: general, scope: 'notice', pointer: noticePointer('legalBasis') };
}

/**
 * The entries of a statement: `basesOf`'s, and a directly written entry that
 * names neither a basis nor a law (only a legitimate interest, say), which
 * `basesOf` leaves out but the record must keep.
 */
function entriesOf(statement: LegalBasis, pointer: Place<LegalBasis>): readonly DeepReadonly<LegalBasisEntry>[] {
  const entries = basesOf(statement, pointer).map(({ entry }) => entry);
  if (entries.length > 0 || statement.bases !== undefined) return entries;
  const { hedge, scope, legitimateInterest, specialCategoryCondition, howToWithdraw } = statement;
  const rest = withDefined({ hedge, scope, legitimateInterest, specialCategoryCondition, howToWithdraw });
  return Object.keys(rest).length === 0 ? [] : [rest];
}

function entryRecord(entry: DeepReadonly<LegalBasisEntry>): Entry {
  return withDefined({
    basis: entry.basis,
    article: entry.basis === undefined ? undefined : ARTICLE[entry.basis],
    hedge: entry.hedge,
    law: lawReferencesRecord(entry.law),
    scope: entry.scope,
    legitimateInterest: entry.legitimateInterest,
    specialCategoryCondition: entry.specialCategoryCondition,
    howToWithdraw: entry.howToWithdraw,
    description: entry.description,
  });
}
