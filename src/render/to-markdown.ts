import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { paragraph, strong, text } from './nodes.ts';

/**
 * Where GitHub-flavoured Markdown would see more than CommonMark does: `~`
 * (strikethrough), `|` (tables) and bare addresses (`www.`, `https:`, `a@b`,
 * which it links). Escaped in phrasing, so a GFM renderer shows the text as
 * the HTML page does.
 */
const gfmLiteral: StringifyOptions['unsafe'] = (
  [
    { character: '~' },
    { character: '|' },
    { character: '.', before: '[Ww]', after: '[\\-.\\w]' },
    { character: ':', before: '[ps]', after: '\\/' },
    { character: '@', before: '[+\\-.\\w]', after: '[\\-.\\w]' },
  ] as const
).map((pattern) => ({
  ...pattern,
  inConstruct: 'phrasing',
  notInConstruct: ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'],
}));

/** The ids seloste gives headings (section keys such as `controller`): nothing that needs escaping in an attribute. */
const ANCHOR_ID = /^[a-z][a-z0-9-]*$/u;

const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-', unsafe: gfmLiteral });

/**
 * Renders an mdast tree to Markdown; seloste's containers are unwrapped, a
 * term becomes bold, and a heading that is an anchor on the page
 * (`#controller`) ends in an empty `<a id>`, so that the contents' links work
 * in the Markdown too, whatever slugs a renderer makes of the heading.
 */
export function toMarkdown(tree: Root): string {
  return processor.stringify({ type: 'root', children: tree.children.flatMap(flatten) });
}

function flatten(node: RootContent): RootContent[] {
  switch (node.type) {
    case 'division':
      return node.children.flatMap(flatten);
    case 'descriptionItem':
      return [paragraph([strong(node.term.flatMap(flattenPhrasing))]), ...node.children.flatMap(flatten)];
    case 'list':
      return [{ ...node, children: node.children.map((item) => ({ ...item, children: item.children.flatMap((child) => flatten(child) as BlockContent[]) })) }];
    case 'paragraph':
      return [{ ...node, children: node.children.flatMap(flattenPhrasing) }];
    case 'heading': {
      const id = node.data?.hProperties?.['id'];
      const anchor: PhrasingContent[] = typeof id === 'string' && ANCHOR_ID.test(id) ? [{ type: 'html', value: `<a id="${id}"></a>` }] : [];
      return [{ ...node, children: [...node.children.flatMap(flattenPhrasing), ...(anchor.length > 0 ? [text(' '), ...anchor] : [])] }];
    }
    default:
      return [node];
  }
}

function flattenPhrasing(node: PhrasingContent): PhrasingContent[] {
  if (node.type === 'span') return node.children.flatMap(flattenPhrasing);
  if ('children' in node) return [{ ...node, children: node.children.flatMap(flattenPhrasing) } as PhrasingContent];
  return [node];
}
