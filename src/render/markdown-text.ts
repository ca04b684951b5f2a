import type { BlockContent, List, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Node as UnistNode } from 'unist';
import { paragraph, text } from './nodes.ts';

/**
 * Markdown constructs a notice text never uses: with them switched off, text
 * that happens to look like them ("# 1", "<b>", "[a]: b", "![x](y)", "`code`",
 * "&amp;", "---", "C:\\Users\\*.txt", "100\\%") stays exactly as written.
 * The subset left is emphasis with `*` and `**`, links, and lists; `_` is a
 * character, not emphasis (see {@link toPhrasing}).
 */
const LITERAL_CONSTRUCTS = [
  'blockQuote',
  'characterEscape',
  'characterReference',
  'hardBreakEscape',
  'codeFenced',
  'codeIndented',
  'codeText',
  'definition',
  'headingAtx',
  'htmlFlow',
  'htmlText',
  'setextUnderline',
  'thematicBreak',
];

/** A parser for the subset: paragraphs, emphasis, links and, in block texts, lists. */
function subsetParser(withLists: boolean): Processor<Root> {
  return unified()
    .use(remarkParse)
    .use(function literalConstructs() {
      const extensions = (this.data().micromarkExtensions ??= []);
      extensions.push({ disable: { null: withLists ? LITERAL_CONSTRUCTS : [...LITERAL_CONSTRUCTS, 'list'] } });
    }) as unknown as Processor<Root>;
}

const blockParser = subsetParser(true);
const inlineParser = subsetParser(false);

/** Characters and line starts that can make a text more than plain paragraphs in Markdown. */
const MARKDOWN_SYNTAX = /[*_[\]<>\\&]|^\s*(?:[-+*]|\d+[.)])(?:\s|$)| {2}$/mu;

/** Link targets a reader may follow; anything else is shown as text. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Parses a notice text as the small Markdown subset notices may use:
 * paragraphs, emphasis, links and lists of two or more items. Everything else
 * (HTML, images, headings, code, links to `javascript:` and the like) is shown
 * as the text it was written as, so nothing in a YAML file can add markup or
 * run in a reader's browser, and no legal wording is lost: "3. osapuolet" on
 * its own is a text, not a list that starts at 3.
 */
export function parseMarkdownBlocks(value: string): BlockContent[] {
  if (!MARKDOWN_SYNTAX.test(value)) return plainParagraphs(value);
  const tree = blockParser.parse(value);
  return tree.children.flatMap((node) => toBlocks(node, value));
}

/** Parses a short text (a label, a list item) into inline content; paragraphs are joined by line breaks. */
export function parseMarkdownInline(value: string): PhrasingContent[] {
  const blocks = MARKDOWN_SYNTAX.test(value) ? inlineParser.parse(value).children.flatMap((node) => toBlocks(node, value)) : plainParagraphs(value);
  const phrasing: PhrasingContent[] = [];
  for (const block of blocks) {
    if (phrasing.length > 0) phrasing.push({ type: 'break' });
    phrasing.push(...toPhrasing(block, value));
  }
  return phrasing;
}

function plainParagraphs(value: string): BlockContent[] {
  if (!value.includes('\n')) {
    // one line, as most texts are (YAML folds its lines): one paragraph, or none
    const line = value.trim();
    return line === '' ? [] : [paragraph([text(line)])];
  }
  return value
    .split(/\n[ \t]*\n/u)
    .map((part) => part.trim().replace(/\s*\n\s*/gu, ' '))
    .filter((part) => part !== '')
    .map((part) => paragraph([text(part)]));
}

function toBlocks(node: RootContent, source: string): BlockContent[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(node.children.flatMap((child) => toPhrasing(child, source)))];
    case 'list':
      return node.children.length < 2 ? [singleItemAsText(node, source)] : [toList(node, source)];
    default:
      return [paragraph(toPhrasing(node as Nodes, source))];
  }
}

function toList(node: List, source: string): List {
  return {
    type: 'list',
    ordered: node.ordered ?? false,
    ...(node.ordered === true && typeof node.start === 'number' && node.start !== 1 ? { start: node.start } : {}),
    spread: false,
    children: node.children.map((item) => ({ type: 'listItem', spread: false, children: item.children.flatMap((child) => toBlocks(child, source)) })),
  };
}

/** A "list" of one item is a text that starts with a number or a dash: kept as written, marker and all. */
function singleItemAsText(node: List, source: string): BlockContent {
  const item = node.children[0];
  const first: UnistNode | undefined = item?.children[0];
  const contentStart = first?.position?.start.offset;
  const marker = source.slice(node.position?.start.offset ?? 0, contentStart ?? node.position?.end.offset).trim();
  const content = item?.children.flatMap((child) => toBlocks(child, source)).flatMap((child) => toPhrasing(child, source)) ?? [];
  return paragraph([text(content.length > 0 ? `${marker} ` : marker), ...content]);
}

/** `source` is the text the node was parsed from, to show an unsafe link exactly as written. */
function toPhrasing(node: Nodes, source: string): PhrasingContent[] {
  const children = (nodes: Nodes[]): PhrasingContent[] => nodes.flatMap((child) => toPhrasing(child, source));
  switch (node.type) {
    case 'text':
      return [text(node.value)];
    case 'emphasis':
      return writtenWith(node, source, '_') ? asWrittenWithin(node, source) : [{ type: 'emphasis', children: children(node.children) }];
    case 'strong':
      return writtenWith(node, source, '_') ? asWrittenWithin(node, source) : [{ type: 'strong', children: children(node.children) }];
    case 'break':
      return [{ type: 'break' }];
    case 'link':
      return isSafeUrl(node.url) ? [{ type: 'link', url: node.url, children: children(node.children) }] : asWritten(node, source);
    case 'image':
      return asWritten(node, source);
    default:
      return 'children' in node ? children(node.children as Nodes[]) : 'value' in node ? [text(String(node.value))] : [];
  }
}

/** Whether a node's source starts with `marker`: `_` emphasis is written text in notices (`__init__`, `tiedosto_2024`). */
function writtenWith(node: Nodes, source: string, marker: string): boolean {
  const start = (node as UnistNode).position?.start.offset;
  return start !== undefined && source[start] === marker;
}

/** An `_` emphasis shown as written: its markers as text, what lies between them parsed as usual. */
function asWrittenWithin(node: Nodes & { children: PhrasingContent[] }, source: string): PhrasingContent[] {
  const { start, end } = (node as UnistNode).position ?? {};
  const first = (node.children[0] as UnistNode | undefined)?.position?.start.offset;
  const last = (node.children.at(-1) as UnistNode | undefined)?.position?.end.offset;
  if (start?.offset === undefined || end?.offset === undefined || first === undefined || last === undefined) return asWritten(node, source);
  return [
    text(source.slice(start.offset, first)),
    ...node.children.flatMap((child) => toPhrasing(child as Nodes, source)),
    text(source.slice(last, end.offset)),
  ];
}

/** A node shown as the text it was parsed from. */
function asWritten(node: Nodes, source: string): PhrasingContent[] {
  const { start, end } = (node as UnistNode).position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? [] : [text(source.slice(start.offset, end.offset))];
}

function isSafeUrl(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
