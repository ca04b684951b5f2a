import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { DescriptionItem, Division, Span } from './nodes.ts';

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** How seloste's own containers become HTML elements. */
const handlers = {
  division: (state: State, node: Division): Element => element(node.data?.hName ?? 'div', { ...node.data?.hProperties }, state.all(node as never)),
  span: (state: State, node: Span): Element => element('span', { ...node.data?.hProperties }, state.all(node as never)),
  descriptionItem: (state: State, node: DescriptionItem): Element[] => [
    element('dt', {}, state.all({ type: 'paragraph', children: node.term } as never)),
    element('dd', {}, state.all(node as never)),
  ],
};

/**
 * What may appear in the HTML: exactly the elements and attributes seloste
 * itself produces, and links only to http(s), e-mail, telephone and anchors.
 * A second line of defence after the Markdown subset: whatever a notice text
 * holds, no script, style, handler or `javascript:` link can reach a page.
 */
const schema: SanitizeSchema = {
  tagNames: ['p', 'h1', 'h2', 'h3', 'h4', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'br', 'section', 'nav', 'div', 'span', 'dl', 'dt', 'dd'],
  attributes: {
    '*': ['className', 'lang', 'ariaLabelledBy'],
    a: ['href'],
    h2: ['id'],
    h3: ['id'],
    ol: ['start'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  strip: ['script', 'style'],
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

const processor = unified()
  .use(remarkRehype, { handlers: handlers as never })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** Renders an mdast tree to an HTML fragment, sanitised. */
export function toHtml(tree: Root): string {
  return processor.stringify(processor.runSync(tree) as never);
}

/**
 * Renders several parts of one page (header, summary, sections…) in one pass
 * through the pipeline, each to its own HTML fragment.
 */
export function toHtmlParts(parts: readonly RootContent[][]): string[] {
  const wrapped: Root = { type: 'root', children: parts.map((children) => ({ type: 'division', children, data: { hName: 'div' } }) as RootContent) };
  const hast = processor.runSync(wrapped) as HastRoot;
  const wrappers = hast.children.filter((child): child is Element => child.type === 'element');
  return wrappers.map((wrapper) => processor.stringify({ type: 'root', children: wrapper.children } as never));
}
