import type { Element, ElementContent, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Block } from './blocks.ts';
import { matchHeading } from './headings.ts';
import { normalisedLines, normalise } from './text.ts';

/** Elements that are never part of a notice's text. */
const NEVER = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'iframe',
  'select',
  'input',
  'textarea',
  'nav',
  'aside',
  'form',
  'dialog',
  'head',
  'object',
  'canvas',
  'map',
]);
/** Page furniture around the notice, dropped when the page marks no main content. */
const CHROME = new Set(['header', 'footer']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar', 'dialog', 'alertdialog']);
const CHROME_NAMES =
  /(^|[-_\s])(breadcrumbs?|skip-?(link|to-content)|cookie-?(banner|consent|bar|notice-bar)|share|social-?(share|links)|menu|navbar|site-?(header|footer|nav)|page-?(header|footer))([-_\s]|$)/iu;
const HEADING = /^h([1-6])$/u;
/** Elements whose content flows as one paragraph. */
const PARAGRAPH = new Set(['p', 'address', 'pre', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'label', 'legend']);
/** Elements that hold other blocks. */
const CONTAINER = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'blockquote',
  'figure',
  'details',
  'fieldset',
  'center',
  'dl',
  'header',
  'footer',
  'hgroup',
  'tbody',
  'thead',
  'tfoot',
]);

/**
 * A saved web page (or the HTML mammoth makes of a DOCX file) as blocks: the
 * page's main content only (`<main>`, else the largest `<article>`, else the
 * body without its header, footer, navigation and asides), then headings,
 * paragraphs, list items and table rows in reading order. A table row whose
 * first cell is a section heading (the old rekisteriseloste form is such a
 * table) becomes that heading and the content of its other cells.
 */
export function blocksFromHtml(html: string): Block[] {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const { root, isPage } = mainContent(tree);
  markFirstRows(root);
  const blocks: Block[] = [];
  walk(root, blocks, isPage);
  return blocks;
}

/** The element that holds the notice, and whether it is the whole page (so its header and footer are furniture). */
function mainContent(tree: Root): { root: Nodes; isPage: boolean } {
  const all = elements(tree);
  const main = all.find((element) => element.tagName === 'main' || element.properties['role'] === 'main');
  if (main !== undefined) return { root: main, isPage: false };
  const articles = all.filter((element) => element.tagName === 'article');
  if (articles.length > 0) return { root: articles.reduce((best, next) => (textLength(next) > textLength(best) ? next : best)), isPage: false };
  return { root: all.find((element) => element.tagName === 'body') ?? tree, isPage: true };
}

function elements(node: Nodes): Element[] {
  const found: Element[] = [];
  const visit = (current: Nodes) => {
    if (current.type === 'element') found.push(current);
    if ('children' in current) for (const child of current.children) visit(child);
  };
  visit(node);
  return found;
}

function textLength(node: Nodes): number {
  if (node.type === 'text') return node.value.trim().length;
  return 'children' in node ? node.children.reduce((sum, child) => sum + textLength(child), 0) : 0;
}

/** Whether an element is furniture rather than content. */
function skipped(element: Element, isPage: boolean): boolean {
  if (NEVER.has(element.tagName)) return true;
  if (isPage && CHROME.has(element.tagName)) return true;
  const { properties } = element;
  if (properties['hidden'] !== undefined && properties['hidden'] !== false) return true;
  if (properties['ariaHidden'] === 'true') return true;
  const role = properties['role'];
  if (typeof role === 'string' && CHROME_ROLES.has(role)) return true;
  const names = [properties['id'], ...(Array.isArray(properties['className']) ? properties['className'] : [])].filter(
    (name): name is string => typeof name === 'string',
  );
  return names.some((name) => CHROME_NAMES.test(name));
}

function isBlockElement(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  const tag = node.tagName;
  return HEADING.test(tag) || PARAGRAPH.has(tag) || CONTAINER.has(tag) || ['ul', 'ol', 'li', 'table', 'tr', 'hr'].includes(tag) || NEVER.has(tag);
}

function lineOf(node: Nodes): { line?: number } {
  const line = node.position?.start.line;
  return line === undefined ? {} : { line };
}

function walk(node: Nodes, blocks: Block[], isPage: boolean): void {
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (skipped(node, isPage)) return;
    const tag = node.tagName;
    const heading = HEADING.exec(tag);
    if (heading !== null) {
      const text = normalise(inlineText(node));
      if (text !== '') blocks.push({ kind: 'heading', text, level: Number(heading[1]), ...lineOf(node) });
      return;
    }
    if (PARAGRAPH.has(tag) && !node.children.some(isBlockElement)) {
      pushParagraph(node, blocks);
      return;
    }
    if (tag === 'li') {
      const own = node.children.filter((child) => !(child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')));
      const text = normalisedLines(own.map((child) => (isBlockElement(child) ? `\n${inlineText(child)}\n` : inlineText(child))).join(''));
      if (text !== '') blocks.push({ kind: 'item', text, ...lineOf(node) });
      for (const child of node.children) if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) walk(child, blocks, isPage);
      return;
    }
    if (tag === 'tr') {
      row(node, blocks, isPage);
      return;
    }
  }
  // a container: runs of inline content between its blocks are paragraphs
  let run: ElementContent[] = [];
  const flush = () => {
    const text = normalisedLines(run.map(inlineText).join(''));
    if (text !== '') blocks.push({ kind: 'paragraph', text, ...(run[0] === undefined ? {} : lineOf(run[0])) });
    run = [];
  };
  for (const child of node.children) {
    if (child.type === 'element' && isBlockElement(child)) {
      flush();
      walk(child, blocks, isPage);
    } else if (child.type === 'text' || child.type === 'element') run.push(child);
  }
  flush();
}

function pushParagraph(node: Element, blocks: Block[]): void {
  const text = normalisedLines(inlineText(node));
  if (text === '') return;
  blocks.push({ kind: 'paragraph', text, ...lineOf(node), ...(whollyBold(node) ? { emphasised: true } : {}) });
}

/** A table row: a section heading in its first cell opens that section; otherwise a row of cells. */
function row(node: Element, blocks: Block[], isPage: boolean): void {
  const cells = node.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));
  const texts = cells.map((cell) => normalisedLines(blockText(cell)));
  const [first, ...rest] = cells;
  const firstText = texts[0] ?? '';
  const header = isFirstRow(node) && cells.length > 0 && cells.every((cell) => cell.tagName === 'th' || whollyBold(cell));
  if (!header && first !== undefined && rest.length > 0 && firstText !== '' && !firstText.includes('\n') && matchHeading(firstText) !== undefined) {
    blocks.push({ kind: 'heading', text: normalise(firstText), ...lineOf(node) });
    for (const cell of rest) walk({ ...cell, tagName: 'div' }, blocks, isPage);
    return;
  }
  if (texts.every((text) => text === '')) return;
  blocks.push({ kind: 'row', text: texts.filter((text) => text !== '').join('\n'), cells: texts, ...lineOf(node), ...(header ? { emphasised: true } : {}) });
}

/** The text of an element's inline content; a `<br>` is a line break. */
function inlineText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value.replace(/\s+/gu, ' ');
  if (node.type !== 'element' || NEVER.has(node.tagName)) return '';
  if (node.tagName === 'br') return '\n';
  if (node.tagName === 'img') return '';
  return node.children.map(inlineText).join('');
}

/** The text of an element that may hold blocks: each block on a line of its own. */
function blockText(node: Element): string {
  return node.children.map((child) => (isBlockElement(child) && child.type === 'element' ? `\n${blockText(child)}\n` : inlineText(child))).join('');
}

/** Whether all the text of an element is in bold. */
function whollyBold(node: Element): boolean {
  let bold = 0;
  let plain = 0;
  const visit = (current: ElementContent, inBold: boolean) => {
    if (current.type === 'text') {
      if (current.value.trim() === '') return;
      if (inBold) bold += 1;
      else plain += 1;
    } else if (current.type === 'element') {
      for (const child of current.children) visit(child, inBold || current.tagName === 'strong' || current.tagName === 'b');
    }
  };
  for (const child of node.children) visit(child, false);
  return bold > 0 && plain === 0;
}

/** Rows seen, to tell a table's first row: a header row is the first of its table. */
const firstRows = new WeakSet<Element>();

/** Marks the first row of each table, before the rows are read. */
function markFirstRows(tree: Nodes): void {
  const visit = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === 'table') {
      const row = elements(node).find((element) => element.tagName === 'tr');
      if (row !== undefined) firstRows.add(row);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}

function isFirstRow(row: Element): boolean {
  return firstRows.has(row);
}
