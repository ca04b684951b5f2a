import type { BlockContent, Emphasis, Heading, Link, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong, Text } from 'mdast';

/**
 * Containers that mdast lacks: they become HTML elements through `data.hName`
 * and are unwrapped for Markdown (see `flatten` in to-markdown.ts).
 */
export interface Division {
  type: 'division';
  children: RootContent[];
  data?: { hName?: string; hProperties?: Record<string, string | string[]> };
}

export interface Span {
  type: 'span';
  children: PhrasingContent[];
  data?: { hName?: string; hProperties?: Record<string, string | string[]> };
}

/** A term and its description, as in a `<dl>`. */
export interface DescriptionItem {
  type: 'descriptionItem';
  term: PhrasingContent[];
  children: RootContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    division: Division;
    span: Span;
    descriptionItem: DescriptionItem;
  }
  interface BlockContentMap {
    division: Division;
  }
  interface PhrasingContentMap {
    span: Span;
  }
}

export function text(value: string): Text {
  return { type: 'text', value };
}

export function paragraph(children: PhrasingContent[], className?: string): Paragraph {
  return className === undefined ? { type: 'paragraph', children } : { type: 'paragraph', children, data: { hProperties: { className: [className] } } };
}

export function strong(children: PhrasingContent[]): Strong {
  return { type: 'strong', children };
}

export function emphasis(children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', children };
}

export function link(url: string, children: PhrasingContent[]): Link {
  return { type: 'link', url, children };
}

/** A heading; `id` makes it an anchor, `lang` marks a heading in another language than the page. */
export function heading(
  depth: 1 | 2 | 3 | 4,
  children: PhrasingContent[],
  attributes: { readonly id?: string | undefined; readonly lang?: string | undefined } = {},
): Heading {
  const properties = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
  return Object.keys(properties).length === 0 ? { type: 'heading', depth, children } : { type: 'heading', depth, children, data: { hProperties: properties } };
}

/** A bullet list; loose (each item's paragraphs kept apart) when any item has more than one block. */
export function list(items: ListItem[], className?: string): List {
  const node: List = { type: 'list', ordered: false, spread: items.some((item) => item.spread === true), children: items };
  return className === undefined ? node : { ...node, data: { hProperties: { className: [className] } } };
}

export function listItem(children: BlockContent[]): ListItem {
  return { type: 'listItem', spread: children.length > 1, children };
}

/** A block container: `<section>`, `<div class>`, `<div lang>`, `<nav>`. */
export function division(children: RootContent[], element = 'div', properties: Record<string, string | string[]> = {}): Division {
  return { type: 'division', children, data: { hName: element, hProperties: properties } };
}

/** An inline container, used to mark text in another language. */
export function span(children: PhrasingContent[], properties: Record<string, string | string[]>): Span {
  return { type: 'span', children, data: { hName: 'span', hProperties: properties } };
}

/** A `<dl>` of terms and descriptions. */
export function descriptionList(items: readonly { term: PhrasingContent[]; details: RootContent[] }[], className?: string): Division {
  return division(
    items.map((item): DescriptionItem => ({ type: 'descriptionItem', term: item.term, children: item.details })),
    'dl',
    className === undefined ? {} : { className: [className] },
  );
}

/** `label: value` as one line: the label in bold. */
export function labelled(label: string, value: PhrasingContent[]): PhrasingContent[] {
  return labelledBy([text(label)], value);
}

/** As {@link labelled}, with a label that has markup of its own (a notice's text, marked with its language). */
export function labelledBy(label: PhrasingContent[], value: PhrasingContent[]): PhrasingContent[] {
  return [strong([...label, text(':')]), text(' '), ...value];
}

/** A statement of a structured fact (a field of the notice in the standard texts), as a paragraph of class `fact`. */
export function fact(children: PhrasingContent[]): Paragraph {
  return paragraph(children, 'fact');
}

/** Phrasing nodes joined by a separator, e.g. lines joined by line breaks. */
export function joinPhrasing(parts: readonly PhrasingContent[][], separator: () => PhrasingContent): PhrasingContent[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [separator(), ...part]));
}

export function lineBreak(): PhrasingContent {
  return { type: 'break' };
}
