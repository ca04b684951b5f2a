import type { Contact, ContactDetails, ContactTopic, DataCategory, DataSubjectGroup, LegalBasis, Purpose, Recipient, Right, Source } from './vocabulary.ts';
import type { Controller, Notice } from './types.ts';

/** A purpose's legal basis and where it is stated: on the purpose, or for the whole notice. */
export interface EffectiveLegalBasis {
  readonly basis: LegalBasis;
  readonly scope: 'purpose' | 'notice';
  readonly pointer: string;
}

/** The legal basis that applies to a purpose: its own, else the notice's general one. */
export function effectiveLegalBasis(notice: Notice, purposeIndex: number): EffectiveLegalBasis | undefined {
  const purpose = notice.document.purposes.items[purposeIndex];
  if (purpose?.legalBasis !== undefined) return { basis: purpose.legalBasis, scope: 'purpose', pointer: `/purposes/items/${purposeIndex}/legalBasis` };
  if (notice.document.legalBasis !== undefined) return { basis: notice.document.legalBasis, scope: 'notice', pointer: '/legalBasis' };
  return undefined;
}

/** Whether a purpose is direct marketing: so tagged, or with direct-marketing channels. */
export function isDirectMarketing(purpose: Purpose): boolean {
  return purpose.directMarketing !== undefined || (purpose.kinds ?? []).includes('direct-marketing');
}

/** Which standard statements of the right to object apply (GDPR Art. 21(1) and 21(2)). */
export function objectionGrounds(notice: Notice): { readonly legitimate: boolean; readonly directMarketing: boolean } {
  const bases = notice.document.purposes.items.map((_, index) => effectiveLegalBasis(notice, index)?.basis.basis);
  return {
    legitimate: bases.some((basis) => basis === 'legitimate-interests' || basis === 'public-task'),
    directMarketing: notice.document.purposes.items.some(isDirectMarketing),
  };
}

/**
 * The data subject rights that apply, derived from the legal bases and the
 * processing (GDPR Art. 15–22, 7(3), 77), in the order readers expect.
 */
export function applicableRights(notice: Notice): Right[] {
  const bases = new Set(notice.document.purposes.items.map((_, index) => effectiveLegalBasis(notice, index)?.basis.basis));
  const objection = objectionGrounds(notice);
  const rights: Right[] = ['access', 'rectification', 'erasure', 'restriction'];
  if (objection.legitimate || objection.directMarketing) rights.push('objection');
  if (bases.has('consent') || bases.has('contract')) rights.push('portability');
  if (bases.has('consent')) rights.push('withdraw-consent');
  if (notice.document.automatedDecisionMaking?.automatedDecisions === true) rights.push('automated-decisions');
  rights.push('complaint');
  return rights;
}

/** The rights the notice itself lists, or else the ones that apply. */
export function listedRights(notice: Notice): Right[] {
  const items = notice.document.rights?.items;
  if (items === undefined) return applicableRights(notice);
  return [...new Set(items.flatMap((item) => item.covers))];
}

/** Items of a collection a purpose names by id; all of them when it names none. */
function selected<T extends { readonly id: string }>(all: readonly T[] | undefined, ids: readonly string[] | undefined): readonly T[] {
  if (all === undefined) return [];
  if (ids === undefined) return all;
  return all.filter((item) => ids.includes(item.id));
}

export function purposeDataCategories(notice: Notice, purpose: Purpose): readonly DataCategory[] {
  return selected(notice.document.dataCategories?.items, purpose.dataCategories);
}

export function purposeDataSubjects(notice: Notice, purpose: Purpose): readonly DataSubjectGroup[] {
  return selected(notice.document.dataSubjects?.groups, purpose.dataSubjects);
}

export function purposeSources(notice: Notice, purpose: Purpose): readonly Source[] {
  return selected(notice.document.sources?.items, purpose.sources);
}

export function purposeRecipients(notice: Notice, purpose: Purpose): readonly Recipient[] {
  return selected(notice.document.recipients?.items, purpose.recipients);
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
