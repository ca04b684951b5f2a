import type { Span } from './fact.ts';

/** A contact value found in a line: where it is and what it is. */
export interface Found {
  readonly type: 'email' | 'phone' | 'business-id' | 'url';
  readonly value: string;
  readonly span: Span;
}

const EMAIL = /[\p{L}\p{N}._%+-]+(?:@|\s?[([]at[)\]]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL = /https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:]/gu;
const BUSINESS_ID = /(?<![\d-])\d{7}-\d(?![\d-])/gu;
const PHONE_LABEL =
  /(?<![\p{L}])(?:puhelin(?:numero)?|puh|p|tel|telephone|phone|tfn|telefon|gsm|matkapuhelin|mobile|mobil|vaihde|switchboard|växel|asiakaspalvelu)\.?\s*(?:nro\.?\s*)?:?\s*/giu;
const NUMBER = /^\+?\s?(?:\(\d{1,4}\)\s?)?[\d(][\d\s()-]{4,}\d/u;

/** The digits of a text. */
function digits(text: string): number {
  return text.replace(/\D/gu, '').length;
}

/**
 * E-mail addresses (also written `nimi(at)example.fi`, kept as written), web
 * addresses, business IDs and telephone numbers in a line of text. A
 * telephone number counts after a label (`puh.`, `Puhelin:`, `tel.`, `vaihde`)
 * or as a line of its own that starts with `0` or `+`.
 */
export function contactValues(line: string): Found[] {
  const found: Found[] = [];
  const taken = (start: number, end: number) => found.some((other) => start < other.span.end && end > other.span.start);
  const add = (type: Found['type'], value: string, start: number) => {
    if (!taken(start, start + value.length)) found.push({ type, value, span: { start, end: start + value.length } });
  };
  for (const match of line.matchAll(URL)) add('url', match[0], match.index);
  for (const match of line.matchAll(EMAIL)) add('email', match[0], match.index);
  for (const match of line.matchAll(BUSINESS_ID)) add('business-id', match[0], match.index);
  for (const label of line.matchAll(PHONE_LABEL)) {
    const start = label.index + label[0].length;
    const number = NUMBER.exec(line.slice(start));
    if (number !== null && digits(number[0]) >= 5 && digits(number[0]) <= 15) add('phone', number[0].trim(), start);
  }
  const alone = /^\s*(\+|0)[\d\s()-]+$/u.exec(line);
  if (alone !== null && digits(alone[0]) >= 6 && digits(alone[0]) <= 15) add('phone', alone[0].trim(), line.indexOf(alone[0].trim()));
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** A postal or visiting address read from a line: as many of its parts as the line gives. */
export interface AddressFound {
  readonly street?: string;
  readonly poBox?: string;
  readonly postalCode?: string;
  readonly locality?: string;
  readonly span: Span;
}

const POSTAL_CODE = /(?<![\d-])(?:FI-|SE-)?(\d{5}|\d{3} \d{2})\s+(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)/u;
const PO_BOX = /(?<![\p{L}])(?:PL|P\.?\s?O\.?\s?Box|PB|Box|Postilokero|Postbox)\s*(\d{1,6})/iu;
const STREET = /^\p{Lu}[\p{L}.'-]*(?:\s[\p{L}.'-]+){0,3}\s\d{1,4}(?:\s?[A-Za-z])?(?:[\s-]\d{1,4})?(?:\s[A-Z]\s?\d{1,4})?$/u;

/**
 * An address in a line: `Radanvarsi 2, 28100 Pori`, `PL 800, 00101 Helsinki`,
 * `28100 Pori`, a street alone (`Radanvarsi 2`), or after an address label
 * a street and town without a postal code (`Radanvarsi 2, Pori`).
 */
export function addressIn(line: string, labelled: boolean): AddressFound | undefined {
  const postal = POSTAL_CODE.exec(line);
  const box = PO_BOX.exec(line);
  if (postal !== null) {
    const before = line.slice(0, postal.index).replace(/[\s,]+$/u, '');
    const start = box !== null && box.index < postal.index ? box.index : streetStart(before);
    const street = box === null && start < postal.index ? before.slice(start).trim() : undefined;
    return {
      ...(street !== undefined && street !== '' && STREET.test(street) ? { street } : {}),
      ...(box === null ? {} : { poBox: box[1] ?? '' }),
      postalCode: (postal[1] ?? '').replace(/\s/gu, ' '),
      locality: postal[2] ?? '',
      span: {
        start: street !== undefined && street !== '' && STREET.test(street) ? start : (box?.index ?? postal.index),
        end: postal.index + postal[0].length,
      },
    };
  }
  if (box !== null) return { poBox: box[1] ?? '', span: { start: box.index, end: box.index + box[0].length } };
  const trimmed = line.trim();
  if (STREET.test(trimmed)) return { street: trimmed, span: { start: line.indexOf(trimmed), end: line.indexOf(trimmed) + trimmed.length } };
  if (labelled) {
    const parts = /(\p{Lu}[\p{L}.'-]*(?:\s[\p{L}.'-]+){0,3}\s\d{1,4}(?:\s?[A-Za-z])?),\s*(\p{Lu}[\p{L}'-]+)\s*$/u.exec(line);
    if (parts !== null) return { street: parts[1] ?? '', locality: parts[2] ?? '', span: { start: parts.index, end: parts.index + parts[0].length } };
  }
  return undefined;
}

/** Where a street address starts in the text before a postal code: after the last comma-separated part that is not a street. */
function streetStart(before: string): number {
  const comma = before.lastIndexOf(',');
  const candidate = comma === -1 ? before : before.slice(comma + 1);
  const offset = comma === -1 ? 0 : comma + 1;
  return offset + (candidate.length - candidate.trimStart().length);
}
