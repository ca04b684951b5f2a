import type { Nodes, Parents, Root } from 'mdast';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, hasSafeProtocol } from './html-schema.ts';
import type { Division } from './nodes.ts';

/**
 * HTML straight from seloste's mdast trees, in one walk: the same bytes that
 * mdast-util-to-hast (with the handlers in to-html.ts), hast-util-sanitize
 * (with the schema in html-schema.ts) and hast-util-to-html give, without
 * building, copying and walking two more trees. It knows the nodes seloste's
 * trees are made of; for anything else (a node type, `data`, a tag or a link
 * it does not know to render exactly as the pipeline would) it gives
 * `undefined` and the caller takes the pipeline. `parent` is the tree's
 * root, its blocks joined by line ends, or one part of a page, its blocks
 * joined as they are (see `toHtmlParts`). Safety holds by
 * construction: every tag comes from {@link ALLOWED_TAGS}, only attributes in
 * {@link ALLOWED_ATTRIBUTES} are written, a link keeps its `href` only with
 * a safe protocol, and every text and attribute value is escaped.
 */
export function directHtml(parent: Root | Division): string | undefined {
  try {
    if (parent.type === 'root') elementProperties(parent);
    return all(parent.children, parent, false, parent.type === 'root' ? '\n' : '');
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}

/** Thrown (once made, never with a new stack) when a tree holds what only the pipeline renders. */
const unsupported = new Error('not a tree the direct renderer knows');

type Properties = Readonly<Record<string, unknown>>;

/**
 * The HTML of the hast nodes `nodes` become, as mdast-util-to-hast's `all`
 * makes them, joined by `separator`: a node after a break starts without its
 * spaces; `trimHead` trims the first node likewise (its parent comes after a
 * break).
 */
function all(nodes: readonly Nodes[], parent: Parents, trimHead: boolean, separator: '' | '\n'): string {
  let html = '';
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as Nodes;
    const trim = index === 0 ? trimHead && node.type === 'text' : nodes[index - 1]?.type === 'break';
    html += index === 0 ? one(node, parent, trim, separator) : separator + one(node, parent, trim, separator);
  }
  return html;
}

function inner(node: Parents, trimHead: boolean): string {
  return all(node.children as Nodes[], node, trimHead, '');
}

/** The HTML of what `node` becomes: a break and a description item become two hast nodes, joined by `separator`. */
function one(node: Nodes, parent: Parents, trim: boolean, separator: '' | '\n'): string {
  switch (node.type) {
    case 'text': {
      elementProperties(node);
      const value = trimLines(String(node.value));
      return escapeText(trim ? value.replace(/^[\t ]+/u, '') : value);
    }
    case 'paragraph':
      return element('p', undefined, elementProperties(node), inner(node, trim));
    case 'heading':
      return element(`h${node.depth}`, undefined, elementProperties(node), inner(node, trim));
    case 'emphasis':
      return element('em', undefined, elementProperties(node), inner(node, trim));
    case 'strong':
      return element('strong', undefined, elementProperties(node), inner(node, trim));
    case 'link':
      return element('a', { href: linkHref(node.url) }, elementProperties(node), inner(node, trim));
    case 'break':
      return `${element('br', undefined, elementProperties(node), '')}${separator}\n`;
    case 'list': {
      const properties = elementProperties(node);
      const start = typeof node.start === 'number' && node.start !== 1 ? { start: node.start } : undefined;
      const content = node.children.length === 0 ? '\n' : `\n${all(node.children, node, false, '\n')}\n`;
      return element(node.ordered === true ? 'ol' : 'ul', start, properties, content);
    }
    case 'listItem':
      if (trim || typeof node.checked === 'boolean') throw unsupported;
      return listItem(node, parent);
    case 'division': {
      const tagName = node.data?.hName ?? 'div';
      if (tagName === 'p' || tagName === 'br') throw unsupported;
      return element(tagName, undefined, node.data?.hProperties, inner(node, trim));
    }
    case 'span':
      return element('span', undefined, node.data?.hProperties, inner(node, trim));
    case 'descriptionItem': {
      const term: Parents = { type: 'paragraph', children: node.term };
      return `${element('dt', undefined, undefined, inner(term, false))}${separator}${element('dd', undefined, undefined, inner(node, false))}`;
    }
    default:
      throw unsupported;
  }
}

/**
 * A list item as mdast-util-to-hast makes it: in a tight list its
 * paragraphs are unwrapped; line ends go between its blocks and around them
 * where the list is loose or a block is not a paragraph.
 */
function listItem(node: Extract<Nodes, { type: 'listItem' }>, parent: Parents): string {
  const properties = elementProperties(node);
  const loose = parent.type === 'list' && (Boolean(parent.spread) || parent.children.some(itemIsLoose));
  let content = '';
  const children: readonly Nodes[] = node.children;
  children.forEach((child, index) => {
    const trim = index > 0 && children[index - 1]?.type === 'break';
    if (child.type === 'paragraph') {
      const properties = elementProperties(child);
      const html = inner(child, trim);
      content += loose ? `\n${element('p', undefined, properties, html)}` : index > 0 ? `\n${html}` : html;
    } else {
      content += `\n${one(child, node, trim, '\n')}`;
    }
  });
  const last = children.at(-1);
  return element('li', undefined, properties, last !== undefined && (loose || last.type !== 'paragraph') ? `${content}\n` : content);
}

function itemIsLoose(node: Extract<Nodes, { type: 'listItem' }>): boolean {
  return node.spread === null || node.spread === undefined ? node.children.length > 1 : node.spread;
}

/** The `data.hProperties` mdast-util-to-hast gives the element a node becomes; a renamed element or given children are left to the pipeline. */
function elementProperties(node: { readonly data?: unknown }): Properties | undefined {
  const data = node.data as { hName?: unknown; hChildren?: unknown; hProperties?: unknown } | undefined;
  if (data === undefined || data === null) return undefined;
  if (typeof data.hName === 'string' || (data.hChildren !== undefined && data.hChildren !== null)) throw unsupported;
  if (!data.hProperties) return undefined;
  if (typeof data.hProperties !== 'object') throw unsupported;
  return data.hProperties as Properties;
}

/** The characters mdast-util-to-hast leaves as they are in a link (micromark's `normalizeUri`); any other is left to the pipeline. */
const NORMAL_URL = /^(?:[!#$&-;=?-Z_a-z~]|%[0-9A-Za-z]{2})*$/u;

function linkHref(url: unknown): string {
  if (typeof url !== 'string' || !NORMAL_URL.test(url)) throw unsupported;
  return url;
}

const TAGS: ReadonlySet<string> = new Set(ALLOWED_TAGS);

/** `<tag attributes>content</tag>`; `own` are the properties the node itself gives, `data` those of its `hProperties`, which win. */
function element(tagName: string, own: Record<string, unknown> | undefined, data: Properties | undefined, content: string): string {
  if (!TAGS.has(tagName)) throw unsupported;
  const properties = own === undefined ? data : data === undefined ? own : Object.assign(own, data);
  const open = properties === undefined ? `<${tagName}>` : `<${tagName}${attributes(tagName, properties)}>`;
  return tagName === 'br' && content === '' ? open : `${open}${content}</${tagName}>`;
}

/** The names hast properties have as HTML attributes, for the properties {@link ALLOWED_ATTRIBUTES} lets through. */
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  className: 'class',
  ariaLabelledBy: 'aria-labelledby',
  href: 'href',
  id: 'id',
  lang: 'lang',
  start: 'start',
};

/** The attributes sanitising keeps, as hast-util-to-html writes them: each after a space, its value in double quotes. */
function attributes(tagName: string, properties: Properties): string {
  let html = '';
  for (const key of Object.keys(properties)) {
    const value = sanitized(key, properties[key]);
    if (!(ALLOWED_ATTRIBUTES[tagName]?.includes(key) === true || ALLOWED_ATTRIBUTES['*']?.includes(key) === true) || value === undefined) continue;
    const name = ATTRIBUTE_NAMES[key];
    if (name === undefined) throw unsupported;
    if (value === false || (typeof value === 'number' && Number.isNaN(value))) continue;
    html += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(Array.isArray(value) ? value.join(' ').trim() : String(value))}"`;
  }
  return html;
}

type Primitive = string | number | boolean;

function isPrimitive(value: unknown): value is Primitive {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A property's value as hast-util-sanitize keeps it: primitives (in a list, strings and numbers) and only safe links; anything that is not plain data is left to the pipeline. */
function sanitized(key: string, value: unknown): Primitive | (string | number)[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (isPrimitive(value)) return key === 'href' && !hasSafeProtocol(String(value)) ? undefined : value;
  if (!Array.isArray(value) || !value.every((item) => item === undefined || item === null || isPrimitive(item))) throw unsupported;
  return value.filter(
    (item): item is string | number => (typeof item === 'string' || typeof item === 'number') && (key !== 'href' || hasSafeProtocol(String(item))),
  );
}

/** As the trim-lines package: spaces and tabs around line endings go. */
function trimLines(value: string): string {
  return value.includes('\n') || value.includes('\r') ? value.replace(/[\t ]*(\r?\n|\r)[\t ]*/gu, '$1') : value;
}

/** As hast-util-to-html escapes text: `<` and `&` as hexadecimal references. */
function escapeText(value: string): string {
  return value.includes('<') || value.includes('&') ? value.replace(/[<&]/gu, reference) : value;
}

/** As hast-util-to-html escapes a double-quoted attribute value. */
function escapeAttribute(value: string): string {
  return value.replace(/[\0"&'`]/gu, reference);
}

function reference(character: string): string {
  return `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
}
