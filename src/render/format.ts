import type { PhrasingContent } from 'mdast';
import {
  addressLine,
  emailsOf,
  noticePointer,
  phonesOf,
  telephoneLink,
  valueIn,
  type Address,
  type ContactDetails,
  type LabelledValue,
  type Place,
  type SourceFile,
} from '../model/index.ts';
import type { RenderContext } from './context.ts';
import { emphasis, labelled, labelledBy, lineBreak, link, joinPhrasing, span, text } from './nodes.ts';
import { trimEnd } from './trim-end.ts';

/** `Radanvarsi 2, 28100 Pori`, `PL 800, 00531 Helsinki`, with the country's name when it is not Finland. */
export function formatAddress(address: Address, context: RenderContext): string {
  const line = addressLine(address, context.locale, context.notice.languages, (number) => context.t('contact.poBox', { number }));
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

/** Where contact details are written: their pointer and the file (the notice's, unless given), for texts shown in another language. */
export interface DetailsPlace {
  readonly pointer: Place<object>;
  readonly source?: SourceFile;
}

/**
 * Contact details as labelled lines: postal and visiting address, each phone
 * number and e-mail address (under the label the notice gives it, such as
 * “Vaihde”), web page and form. Each value is taken in the page's language,
 * else in the notice's first language that has one, marked with its `lang`.
 */
export function contactLines(
  details: ContactDetails | undefined,
  context: RenderContext,
  place: DetailsPlace = { pointer: noticePointer() },
): PhrasingContent[][] {
  if (details === undefined) return [];
  const lines: PhrasingContent[][] = [];
  if (details.postalAddress !== undefined) lines.push(labelled(context.t('contact.postalAddress'), [text(formatAddress(details.postalAddress, context))]));
  if (details.visitingAddress !== undefined)
    lines.push(labelled(context.t('contact.visitingAddress'), [text(formatAddress(details.visitingAddress, context))]));
  // Non-breaking spaces keep a number on one line.
  lines.push(
    ...valueLines(phonesOf(details), 'contact.phone', (phone) => link(`tel:${telephoneLink(phone)}`, [text(phone.replaceAll(' ', '\u00a0'))]), context, place),
  );
  lines.push(...valueLines(emailsOf(details), 'contact.email', (email) => link(`mailto:${email}`, [text(email)]), context, place));
  for (const [key, value] of [
    ['contact.website', details.website],
    ['contact.form', details.form],
  ] as const) {
    const url = context.valueText(value);
    if (url !== undefined) lines.push(labelled(context.t(key), [link(url, [text(url)])]));
  }
  return lines;
}

/** One line per value, under its own label or the standard one; a value in another language than the page's is marked so. */
function valueLines(
  values: readonly LabelledValue[],
  standardLabel: string,
  show: (value: string) => PhrasingContent,
  context: RenderContext,
  place: DetailsPlace,
): PhrasingContent[][] {
  return values.flatMap((entry) => {
    const found = valueIn(entry.value, context.locale, context.notice.languages);
    if (found === undefined) return [];
    const value = context.inLanguage([show(found.value)], found.lang);
    const own = context.inlineTrimmed(entry.label, `${place.pointer}${entry.pointer.replace(/\/(?:address|number)$/u, '')}/label`, place.source);
    return [own.length > 0 ? labelledBy(capitalised(own, context.locale), value) : labelled(context.t(standardLabel), value)];
  });
}

/** A label the notice writes in lower case (`vaihde`) as the start of a line: `Vaihde`. */
export function capitalised(phrasing: PhrasingContent[], locale: string): PhrasingContent[] {
  const [first, ...rest] = phrasing;
  if (first === undefined) return phrasing;
  if (first.type === 'text') return [text(first.value.charAt(0).toLocaleUpperCase(locale) + first.value.slice(1)), ...rest];
  if ('children' in first) return [{ ...first, children: capitalised(first.children as PhrasingContent[], locale) } as PhrasingContent, ...rest];
  return phrasing;
}

/** The standard names of several codes, listed the way the locale lists things: `sähköposti, puhelin ja tekstiviesti`. */
export function termList(context: RenderContext, prefix: string, codes: readonly string[]): string {
  return context.texts.and(codes.map((code) => context.t(`${prefix}.${code}`)));
}

/**
 * A label followed by notes in brackets and italics: `Postituspalvelu
 * (Yhdysvallat)`. Before the notes the label loses the `;`, `,` or `.` it
 * ends in as running text; without notes it stays as it is.
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
