import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { directHtml } from './direct-html.ts';
import { sanitizeSchema } from './html-schema.ts';
import { division, type DescriptionItem, type Division, type Span } from './nodes.ts';

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
 * The full pipeline: mdast to hast, sanitised (see {@link sanitizeSchema}),
 * to HTML. Trees made only of what seloste builds take the same way in one
 * walk (see {@link directHtml}); this one renders any other.
 */
const processor = unified()
  .use(remarkRehype, { handlers: handlers as never })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

/** Renders an mdast tree to an HTML fragment, sanitised. */
export function toHtml(tree: Root): string {
  return directHtml(tree) ?? pipelineHtml(tree);
}

/** {@link toHtml} through the full pipeline, whatever the tree holds. */
export function pipelineHtml(tree: Root): string {
  return processor.stringify(processor.runSync(tree) as never);
}

/** Renders several parts of one page (header, summary, sections…), each to its own HTML fragment. */
export function toHtmlParts(parts: readonly RootContent[][]): string[] {
  return parts.map((part) => directHtml(division(part)) ?? pipelineHtmlParts([part])[0] ?? '');
}

/**
 * {@link toHtmlParts} through the full pipeline: the parts in one pass, each
 * in a `<div>` the pipeline renders like any other and leaves out again.
 */
export function pipelineHtmlParts(parts: readonly RootContent[][]): string[] {
  const wrapped: Root = { type: 'root', children: parts.map((children) => division(children)) };
  const hast = processor.runSync(wrapped) as HastRoot;
  const wrappers = hast.children.filter((child): child is Element => child.type === 'element');
  return wrappers.map((wrapper) => processor.stringify({ type: 'root', children: wrapper.children } as never));
}
