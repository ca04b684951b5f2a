import {
  allValues,
  basisCodes,
  effectiveLegalBasis,
  isDirectMarketing,
  noticeBasisCodes,
  noticePointer,
  purposeDataCategories,
  purposesOf,
  purposeSources,
  stated,
  type EffectiveLegalBasis,
  type LegalBasis,
  type LegalBasisCode,
  type LocalizedText,
  type MarketingChannel,
  type Notice,
  type PerLanguage,
  type Place,
  type Purpose,
  valueIn,
} from '../model/index.ts';
import type { Report } from './rule.ts';

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
export function statedBasesWithPointers(notice: Notice): { basis: LegalBasis; pointer: Place<LegalBasis> }[] {
  const { document } = notice;
  const general = stated(document.legalBasis);
  return [
    ...(general === undefined ? [] : [{ basis: general, pointer: noticePointer('legalBasis') }]),
    ...purposesOf(notice).flatMap((purpose, index) => {
      const own = stated(purpose.legalBasis);
      return own === undefined ? [] : [{ basis: own, pointer: noticePointer('purposes', 'items', index, 'legalBasis') }];
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

/**
 * Where a section the notice does not state is reported: at its key when the
 * key is written (`retention: {notStated: {note: …}}`), else at the start of
 * the notice.
 */
export function gapPlace(section: object | undefined, pointer: Place<object>): Pick<Report, 'pointer' | 'target'> {
  return section === undefined ? { pointer: noticePointer() } : { pointer, target: 'key' };
}

/** A name given once or per language, for a message: in the notice's first language where it differs by language. */
export function displayName(name: PerLanguage<string>, notice: Notice): string {
  return valueIn(name, notice.languages[0] ?? '', notice.languages)?.value ?? allValues(name)[0]?.value ?? '';
}

/** Where the notice states the right to complain to a supervisory authority, and in what words. */
export interface ComplaintStatement {
  /** `/complaint`, or the rights item covering `complaint`. */
  readonly pointer: Place<object>;
  /** The authority whose contact details the notice asks seloste to show, if any. */
  readonly authority: 'fi' | 'organisation' | undefined;
  /** The notice's own words about it. */
  readonly texts: readonly LocalizedText[];
}

/** How the notice states the right to complain: its `complaint` section, else a rights item covering it; `undefined` when it does not. */
export function complaintStatement(notice: Notice): ComplaintStatement | undefined {
  const complaint = stated(notice.document.complaint);
  if (complaint !== undefined)
    return { pointer: noticePointer('complaint'), authority: complaint.authority, texts: complaint.description === undefined ? [] : [complaint.description] };
  const items = stated(notice.document.rights)?.items ?? [];
  const index = items.findIndex((item) => item.covers.includes('complaint') && item.applies !== false);
  const item = items[index];
  if (item === undefined) return undefined;
  return {
    pointer: noticePointer('rights', 'items', index),
    authority: undefined,
    texts: [item.label, item.description, item.conditions].filter((text) => text !== undefined),
  };
}
