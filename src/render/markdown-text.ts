import type { BlockContent, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { paragraph, text } from './nodes.ts';

const parser = unified().use(remarkParse);

/** Characters and line starts that can make a text more than plain paragraphs in Markdown. */
const MARKDOWN_SYNTAX = /[*_`[\]<>\\&#|~!]|^ {4}|^\s*(?:[-+>=]|\d+[.)])(?:\s|$)| {2}$/mu;

/** Link targets a reader may follow; anything else is shown as text. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Parses a notice text as the small Markdown subset notices may use:
 * paragraphs, emphasis, links and lists. Everything else (HTML, images,
 * headings, code, links to `javascript:` and the like) becomes plain text,
 * so nothing in a YAML file can add markup or run in a reader's browser.
 */
export function parseMarkdownBlocks(value: string): BlockContent[] {
  if (!MARKDOWN_SYNTAX.test(value)) {
    return value
      .split(/\n[ \t]*\n/u)
      .map((part) => part.trim().replace(/\s*\n\s*/gu, ' '))
      .filter((part) => part !== '')
      .map((part) => paragraph([text(part)]));
  }
  const tree = parser.parse(value) as Root;
  return tree.children.flatMap((node) => toBlocks(node));
}

/** Parses a short text (a label, a list item) into inline content; paragraphs are joined by line breaks. */
export function parseMarkdownInline(value: string): PhrasingContent[] {
  const blocks = parseMarkdownBlocks(value);
  const phrasing: PhrasingContent[] = [];
  for (const block of blocks) {
    if (phrasing.length > 0) phrasing.push({ type: 'break' });
    phrasing.push(...toPhrasing(block));
  }
  return phrasing;
}

function toBlocks(node: RootContent): BlockContent[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(node.children.flatMap(toPhrasing))];
    case 'list':
      return [{ type: 'list', ordered: node.ordered ?? false, spread: false, children: node.children.map((item) => ({ type: 'listItem', spread: false, children: item.children.flatMap(toBlocks) })) }];
    case 'heading':
      return [paragraph(node.children.flatMap(toPhrasing))];
    case 'blockquote':
      return node.children.flatMap(toBlocks);
    case 'code':
      return [paragraph([text(node.value)])];
    case 'html':
      return [paragraph([text(node.value)])];
    case 'thematicBreak':
    case 'definition':
      return [];
    default:
      return [paragraph(toPhrasing(node as Nodes))];
  }
}

function toPhrasing(node: Nodes): PhrasingContent[] {
  switch (node.type) {
    case 'text':
      return [text(node.value)];
    case 'emphasis':
      return [{ type: 'emphasis', children: node.children.flatMap(toPhrasing) }];
    case 'strong':
      return [{ type: 'strong', children: node.children.flatMap(toPhrasing) }];
    case 'break':
      return [{ type: 'break' }];
    case 'link':
      return isSafeUrl(node.url) ? [{ type: 'link', url: node.url, children: node.children.flatMap(toPhrasing) }] : node.children.flatMap(toPhrasing);
    case 'inlineCode':
    case 'html':
      return [text(node.value)];
    case 'image':
      return node.alt ? [text(node.alt)] : [];
    case 'paragraph':
      return node.children.flatMap(toPhrasing);
    default:
      return 'children' in node ? (node.children as Nodes[]).flatMap(toPhrasing) : 'value' in node ? [text(String(node.value))] : [];
  }
}

function isSafeUrl(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

