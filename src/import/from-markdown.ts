import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block } from './blocks.ts';
import { normalisedLines, normalise } from './text.ts';

/**
 * Markdown as blocks: headings with their level, paragraphs, and list items
 * (nested lists flattened, each item once). A paragraph wholly in bold is
 * marked as a heading candidate.
 */
export function blocksFromMarkdown(markdown: string): Block[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const blocks: Block[] = [];
  for (const node of tree.children) collect(node, blocks);
  return blocks;
}

function collect(node: Nodes, blocks: Block[]): void {
  const line = 'position' in node ? node.position?.start.line : undefined;
  const at = line === undefined ? {} : { line };
  switch (node.type) {
    case 'heading': {
      const text = normalise(inlineText(node.children));
      if (text !== '') blocks.push({ kind: 'heading', text, level: node.depth, ...at });
      return;
    }
    case 'paragraph': {
      const text = normalisedLines(inlineText(node.children));
      const emphasised = node.children.length === 1 && node.children[0]?.type === 'strong';
      if (text !== '') blocks.push({ kind: 'paragraph', text, ...at, ...(emphasised ? { emphasised } : {}) });
      return;
    }
    case 'list':
      for (const item of node.children) {
        const own = item.children.filter((child) => child.type !== 'list');
        const text = own
          .map((child) => (child.type === 'paragraph' ? normalisedLines(inlineText(child.children)) : ''))
          .filter((part) => part !== '')
          .join('\n');
        const itemLine = item.position?.start.line;
        if (text !== '') blocks.push({ kind: 'item', text, ...(itemLine === undefined ? {} : { line: itemLine }) });
        for (const child of item.children) if (child.type === 'list') collect(child, blocks);
      }
      return;
    case 'code':
    case 'html': {
      const text = normalisedLines(node.value.replace(/<[^>]*>/gu, ' '));
      if (text !== '') blocks.push({ kind: 'paragraph', text, ...at });
      return;
    }
    default:
      if ('children' in node) for (const child of (node as Parent).children) collect(child as Nodes, blocks);
  }
}

/** The text of phrasing content, a hard break as a line break. */
function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'break') return '\n';
      if (node.type === 'text' || node.type === 'inlineCode') return node.value;
      if (node.type === 'image') return node.alt ?? '';
      if ('children' in node) return inlineText(node.children as PhrasingContent[]);
      return '';
    })
    .join('');
}
