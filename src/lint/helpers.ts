import {
  basisCodes,
  effectiveLegalBasis,
  isDirectMarketing,
  noticeBasisCodes,
  purposeDataCategories,
  purposesOf,
  purposeSources,
  stated,
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
  /** The Art. 6(1) points the effective statement names (none when it names none). */
  readonly codes: ReadonlySet<LegalBasisCode>;
  /** The one Art. 6(1) point of the effective statement, `consent`, `contract`, …; undefined when it names none or several. */
  readonly basis: LegalBasisCode | undefined;
}

/** Each purpose with its index and its effective legal basis (own or the notice's). */
export function purposesWithBasis(notice: Notice): PurposeWithBasis[] {
  return purposesOf(notice).map((purpose, index) => {
    const effective = effectiveLegalBasis(notice, index);
    const codes = basisCodes(effective?.statement);
    return { purpose, index, effective, codes, basis: codes.size === 1 ? [...codes][0] : undefined };
  });
}

/** Every legal-basis statement the notice makes (not those marked not stated), the notice-level one first, each with its pointer. */
export function statedBasesWithPointers(notice: Notice): { basis: LegalBasis; pointer: string }[] {
  const { document } = notice;
  const general = stated(document.legalBasis);
  return [
    ...(general === undefined ? [] : [{ basis: general, pointer: '/legalBasis' }]),
    ...purposesOf(notice).flatMap((purpose, index) => {
      const own = stated(purpose.legalBasis);
      return own === undefined ? [] : [{ basis: own, pointer: `/purposes/items/${index}/legalBasis` }];
    }),
  ];
}

/** Whether any purpose (or, without purposes, the notice's general statement) names the given basis. */
export function anyPurposeOn(notice: Notice, basis: LegalBasisCode): boolean {
  return noticeBasisCodes(notice).has(basis);
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
