import { effectiveLegalBasis, isDirectMarketing, purposeDataCategories, type LegalBasis, type LegalBasisCode, type MarketingChannel, type Notice, type Purpose } from '../model/index.ts';

/** Channels that are electronic direct marketing under 917/2014 §200. */
export const ELECTRONIC_CHANNELS: ReadonlySet<MarketingChannel> = new Set(['email', 'sms', 'mms', 'automated-calls', 'fax']);

/** Each purpose with its index and the code of its effective legal basis (own or the notice's). */
export function purposesWithBasis(notice: Notice): { purpose: Purpose; index: number; basis: LegalBasisCode | undefined }[] {
  return notice.document.purposes.items.map((purpose, index) => ({ purpose, index, basis: effectiveLegalBasis(notice, index)?.basis.basis }));
}

/** Every legal basis the notice states, the notice-level one first, each with its pointer. */
export function statedBasesWithPointers(notice: Notice): { basis: LegalBasis; pointer: string }[] {
  const { document } = notice;
  return [
    ...(document.legalBasis === undefined ? [] : [{ basis: document.legalBasis, pointer: '/legalBasis' }]),
    ...document.purposes.items.flatMap((purpose, index) => (purpose.legalBasis === undefined ? [] : [{ basis: purpose.legalBasis, pointer: `/purposes/items/${index}/legalBasis` }])),
  ];
}

/** Whether any purpose rests on the given basis. */
export function anyPurposeOn(notice: Notice, basis: LegalBasisCode): boolean {
  return purposesWithBasis(notice).some((entry) => entry.basis === basis);
}

/** The purposes that use a data category (every purpose when a purpose names no categories). */
export function purposesUsing(notice: Notice, categoryId: string): { purpose: Purpose; index: number; basis: LegalBasisCode | undefined }[] {
  return purposesWithBasis(notice).filter(({ purpose }) => purposeDataCategories(notice, purpose).some((category) => category.id === categoryId));
}

/** Whether a purpose is marketing of any kind. */
export function isMarketing(purpose: Purpose): boolean {
  return isDirectMarketing(purpose) || (purpose.kinds ?? []).some((kind) => kind === 'marketing' || kind === 'advertising' || kind === 'targeting');
}

