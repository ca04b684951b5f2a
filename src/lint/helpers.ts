import {
  effectiveLegalBasis,
  isDirectMarketing,
  purposeDataCategories,
  purposeSources,
  type EffectiveLegalBasis,
  type LegalBasis,
  type LegalBasisCode,
  type MarketingChannel,
  type Notice,
  type Purpose,
} from '../model/index.ts';

/** Channels that are electronic direct marketing under 917/2014 §200. */
export const ELECTRONIC_CHANNELS: ReadonlySet<MarketingChannel> = new Set(['email', 'sms', 'mms', 'automated-calls', 'fax']);

/** A purpose, its index, and the legal basis it rests on: its own or the notice's, with where that is stated. */
export interface PurposeWithBasis {
  readonly purpose: Purpose;
  readonly index: number;
  readonly effective: EffectiveLegalBasis | undefined;
  /** The code of the effective basis, `consent`, `contract`, …; undefined when neither the purpose nor the notice states one. */
  readonly basis: LegalBasisCode | undefined;
}

/** Each purpose with its index and its effective legal basis (own or the notice's). */
export function purposesWithBasis(notice: Notice): PurposeWithBasis[] {
  return notice.document.purposes.items.map((purpose, index) => {
    const effective = effectiveLegalBasis(notice, index);
    return { purpose, index, effective, basis: effective?.basis.basis };
  });
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
export function purposesUsing(notice: Notice, categoryId: string): PurposeWithBasis[] {
  return purposesWithBasis(notice).filter(({ purpose }) => purposeDataCategories(notice, purpose).some((category) => category.id === categoryId));
}

/** The purposes that use a source (every purpose when a purpose names no sources). */
export function purposesUsingSource(notice: Notice, sourceId: string): PurposeWithBasis[] {
  return purposesWithBasis(notice).filter(({ purpose }) => purposeSources(notice, purpose).some((source) => source.id === sourceId));
}

/** A legal basis code in words for a message: `legal-obligation` → `legal obligation`. */
export function basisInWords(basis: LegalBasisCode): string {
  return basis.replaceAll('-', ' ');
}

/** Whether a purpose is marketing of any kind. */
export function isMarketing(purpose: Purpose): boolean {
  return isDirectMarketing(purpose) || (purpose.kinds ?? []).some((kind) => kind === 'marketing' || kind === 'advertising' || kind === 'targeting');
}
