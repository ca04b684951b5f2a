import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { paragraph, strong } from './nodes.ts';

const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-' });

/** Renders an mdast tree to Markdown; seloste's containers are unwrapped, a term becomes bold. */
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
    case 'heading':
      return [{ ...node, children: node.children.flatMap(flattenPhrasing) }];
    default:
      return [node];
  }
}

function flattenPhrasing(node: PhrasingContent): PhrasingContent[] {
  if (node.type === 'span') return node.children.flatMap(flattenPhrasing);
  if ('children' in node) return [{ ...node, children: node.children.flatMap(flattenPhrasing) } as PhrasingContent];
  return [node];
}
