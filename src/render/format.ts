import type { PhrasingContent } from 'mdast';
import { addressLine, type Address, type ContactDetails } from '../model/index.ts';
import type { RenderContext } from './context.ts';
import { emphasis, labelled, lineBreak, link, joinPhrasing, span, text } from './nodes.ts';
import { trimEnd } from './references.ts';

/** `Radanvarsi 2, 28100 Pori`, with the country's name when it is not Finland. */
function formatAddress(address: Address, context: RenderContext): string {
  const line = addressLine(address);
  return address.country === undefined || address.country === 'FI' ? line : `${line}, ${countryName(address.country, context)}`;
}

/** Country names by the locale that writes them: making one takes longer than many look-ups. */
const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the page's language, from its ISO code. */
export function countryName(code: string, context: RenderContext): string {
  const locale = context.t('intl.locale');
  let names = regionNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** A `tel:` link target: the number without spaces and brackets. */
function telephoneUrl(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/gu, '')}`;
}

/** Contact details as labelled lines: postal and visiting address, phone, e-mail, web. */
export function contactLines(details: ContactDetails | undefined, context: RenderContext): PhrasingContent[][] {
  if (details === undefined) return [];
  const lines: PhrasingContent[][] = [];
  if (details.postalAddress !== undefined) lines.push(labelled(context.t('contact.postalAddress'), [text(formatAddress(details.postalAddress, context))]));
  if (details.visitingAddress !== undefined) lines.push(labelled(context.t('contact.visitingAddress'), [text(formatAddress(details.visitingAddress, context))]));
  // Non-breaking spaces keep a number on one line.
  if (details.phone !== undefined) lines.push(labelled(context.t('contact.phone'), [link(telephoneUrl(details.phone), [text(details.phone.replaceAll(' ', '\u00a0'))])]));
  if (details.email !== undefined) lines.push(labelled(context.t('contact.email'), [link(`mailto:${details.email}`, [text(details.email)])]));
  if (details.website !== undefined) lines.push(labelled(context.t('contact.website'), [link(details.website, [text(details.website)])]));
  if (details.form !== undefined) lines.push(labelled(context.t('contact.form'), [link(details.form, [text(details.form)])]));
  return lines;
}

/** The standard names of several codes, listed the way the locale lists things: `sähköposti, puhelin ja tekstiviesti`. */
export function termList(context: RenderContext, prefix: string, codes: readonly string[]): string {
  return context.texts.and(codes.map((code) => context.t(`${prefix}.${code}`)));
}

/**
 * A label followed by notes in brackets and italics: `Yhteystiedot (kerätään
 * vain suostumuksellasi)`. Before the notes the label loses the `;`, `,` or
 * `.` it ends in as running text; without notes it stays as it is.
 */
export function annotated(label: PhrasingContent[], notes: readonly string[]): PhrasingContent[] {
  return notes.length === 0 ? label : [...trimEnd(label), text(' '), emphasis([text(`(${notes.join(', ')})`)])];
}

/** Lines joined by line breaks into one paragraph's content. */
export function asLines(lines: readonly PhrasingContent[][]): PhrasingContent[] {
  return joinPhrasing(lines, lineBreak);
}

/** An ISO 8601 duration (`P1Y6M`) in words: `1 vuosi ja 6 kuukautta`. */
export function formatDuration(duration: string, context: RenderContext): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/u.exec(duration);
  if (match === null) return duration;
  const units = ['years', 'months', 'weeks', 'days'] as const;
  const parts = units.flatMap((unit, index) => {
    const count = match[index + 1];
    return count === undefined ? [] : [context.t(`duration.${unit}`, { count: Number(count) })];
  });
  return context.texts.and(parts);
}

/** Article references such as `6(1)(f)`, which a narrow screen must not break at a bracket. */
const ARTICLE_REFERENCE = /(\d+(?:\(\d+\))+(?:\([a-z]\))?)/u;

/** A standard text with each article reference kept on one line. */
export function withArticleReferences(value: string): PhrasingContent[] {
  return value
    .split(ARTICLE_REFERENCE)
    .flatMap((part, index): PhrasingContent[] => (part === '' ? [] : index % 2 === 1 ? [span([text(part)], { className: ['ref'] })] : [text(part)]));
}
