import { basisCodes } from './legal-bases.ts';
import { noticePointer, type Place } from './places.ts';
import { stated } from './states.ts';
import type {
  Contact,
  ContactDetails,
  ContactTopic,
  DataCategory,
  DataSubjectGroup,
  LegalBasis,
  LegalBasisCode,
  Purpose,
  Recipient,
  Right,
  Source,
} from './vocabulary.ts';
import type { Controller, Notice } from './types.ts';

/** A purpose's legal-basis statement and where it is made: on the purpose, or for the whole notice. */
export interface EffectiveLegalBasis {
  readonly statement: LegalBasis;
  readonly scope: 'purpose' | 'notice';
  readonly pointer: Place<LegalBasis>;
}

/** The notice's purposes; none when it states none. */
export function purposesOf(notice: Notice): readonly Purpose[] {
  return stated(notice.document.purposes)?.items ?? [];
}

/** The legal-basis statement that applies to a purpose: its own, else the notice's general one; `undefined` when neither is stated. */
export function effectiveLegalBasis(notice: Notice, purposeIndex: number): EffectiveLegalBasis | undefined {
  const own = stated(purposesOf(notice)[purposeIndex]?.legalBasis);
  if (own !== undefined) return { statement: own, scope: 'purpose', pointer: noticePointer('purposes', 'items', purposeIndex, 'legalBasis') };
  const general = stated(notice.document.legalBasis);
  if (general !== undefined) return { statement: general, scope: 'notice', pointer: noticePointer('legalBasis') };
  return undefined;
}

/** Every Art. 6(1) point the notice names, for any purpose. */
export function noticeBasisCodes(notice: Notice): Set<LegalBasisCode> {
  const codes = new Set<LegalBasisCode>();
  purposesOf(notice).forEach((_, index) => {
    for (const code of basisCodes(effectiveLegalBasis(notice, index)?.statement)) codes.add(code);
  });
  if (purposesOf(notice).length === 0) for (const code of basisCodes(stated(notice.document.legalBasis))) codes.add(code);
  return codes;
}

/** Whether a purpose is direct marketing: so tagged, or with direct-marketing channels. */
export function isDirectMarketing(purpose: Purpose): boolean {
  return purpose.directMarketing !== undefined || (purpose.kinds ?? []).includes('direct-marketing');
}

/** Which standard statements of the right to object apply (GDPR Art. 21(1) and 21(2)). */
export function objectionGrounds(notice: Notice): { readonly legitimate: boolean; readonly directMarketing: boolean } {
  const bases = noticeBasisCodes(notice);
  return {
    legitimate: bases.has('legitimate-interests') || bases.has('public-task'),
    directMarketing: purposesOf(notice).some(isDirectMarketing),
  };
}

/**
 * The data subject rights that apply, derived from the legal bases and the
 * processing (GDPR Art. 15–22, 7(3), 77), in the order readers expect.
 */
export function applicableRights(notice: Notice): Right[] {
  const bases = noticeBasisCodes(notice);
  const objection = objectionGrounds(notice);
  const rights: Right[] = ['access', 'rectification', 'erasure', 'restriction'];
  if (objection.legitimate || objection.directMarketing) rights.push('objection');
  if (bases.has('consent') || bases.has('contract')) rights.push('portability');
  if (bases.has('consent')) rights.push('withdraw-consent');
  if (notice.document.automatedDecisionMaking?.automatedDecisions === true) rights.push('automated-decisions');
  rights.push('complaint');
  return rights;
}

/** The rights the notice itself lists (as applying); none when it lists none. */
export function listedRights(notice: Notice): Right[] {
  const items = stated(notice.document.rights)?.items ?? [];
  return [...new Set(items.filter((item) => item.applies !== false).flatMap((item) => item.covers))];
}

/** Items of a collection a purpose names by id; all of them when it names none. */
function selected<T extends { readonly id: string }>(all: readonly T[] | undefined, ids: readonly string[] | undefined): readonly T[] {
  if (all === undefined) return [];
  if (ids === undefined) return all;
  return all.filter((item) => ids.includes(item.id));
}

export function purposeDataCategories(notice: Notice, purpose: Purpose): readonly DataCategory[] {
  return selected(stated(notice.document.dataCategories)?.items, purpose.dataCategories);
}

export function purposeDataSubjects(notice: Notice, purpose: Purpose): readonly DataSubjectGroup[] {
  return selected(stated(notice.document.dataSubjects)?.groups, purpose.dataSubjects);
}

export function purposeSources(notice: Notice, purpose: Purpose): readonly Source[] {
  return selected(stated(notice.document.sources)?.items, purpose.sources);
}

export function purposeRecipients(notice: Notice, purpose: Purpose): readonly Recipient[] {
  return selected(stated(notice.document.recipients)?.items, purpose.recipients);
}

/** The contact details that apply to a controller: its own, else the organisation's. */
export function controllerContact(notice: Notice, controller: Controller): ContactDetails | undefined {
  return controller.contact ?? notice.organisation.document.contact;
}

/** The notice's first contact about one of the topics, in the order given. */
export function contactFor(notice: Notice, topics: readonly ContactTopic[]): Contact | undefined {
  for (const topic of topics) {
    const contact = notice.document.contacts?.find((candidate) => candidate.topic === topic);
    if (contact !== undefined) return contact;
  }
  return undefined;
}
