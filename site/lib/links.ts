/** A part of a line of text: plain, or an address to link. */
export interface LinePart {
  readonly text: string;
  readonly href?: string;
}

/** E-mail addresses and http(s) addresses in running text, without the punctuation after them. */
const ADDRESS = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gu;

/**
 * A line of plain text (the contact line of the project's settings) in
 * parts, its e-mail and web addresses as links, so that a reader can write
 * or go to them with one click.
 */
export function linkedParts(text: string): LinePart[] {
  return text
    .split(ADDRESS)
    .map((part, index): LinePart => (index % 2 === 0 ? { text: part } : { text: part, href: part.includes('@') && !part.startsWith('http') ? `mailto:${part}` : part }))
    .filter((part) => part.text !== '');
}
