// Writes docs/reference/: a page per kind of file (notice, organisation, config) and one of the value types
// they share, generated from the schemas' descriptions, so that the reference never says anything the schemas
// do not. `npm run generate` runs it; test/docs/reference.test.ts fails while the pages are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemaFiles, type JsonSchema } from '../src/schema/index.ts';
import { resolveSchema, yamlLines, type PlainData } from '../src/scaffold/index.ts';

/** The pages: file name, the schema file it documents, its title and what it is about. */
const PAGES = [
  { page: 'notice.md', file: 'notice.schema.json', title: 'Notice', about: 'a notice, `notices/<organisation>/<notice-id>.yaml`' },
  { page: 'organisation.md', file: 'organisation.schema.json', title: 'Organisation', about: "an organisation's `notices/<organisation>/organisation.yaml`" },
  { page: 'config.md', file: 'config.schema.json', title: 'Configuration', about: '`seloste.config.yaml`, at the root of the project' },
] as const;

/** The page of the value types common.schema.json defines, which every other page links to. */
const COMMON = { page: 'common.md', file: 'common.schema.json' } as const;

const BANNER = '<!-- Generated from schemas/*.schema.json by `npm run generate`; do not edit. -->';

/** Every page of docs/reference/, by file name: the pages of the three kinds of file, the value types and an index. */
export function referencePages(files: Readonly<Record<string, JsonSchema>> = schemaFiles): Record<string, string> {
  const pages: Record<string, string> = { 'README.md': indexPage() };
  for (const { page, file, title, about } of PAGES) pages[page] = filePage(files, file, title, about);
  pages[COMMON.page] = commonPage(files);
  return pages;
}

function indexPage(): string {
  return [
    BANNER,
    '',
    '# Reference of every key',
    '',
    'Each key of the files seloste reads, with its path, its type, the values it allows, an example where the',
    'schema gives one, and the article of the GDPR or Finnish law it serves. Generated from the descriptions in',
    '`schemas/`, which editors show as you type (see “Editor support” in the README).',
    '',
    ...PAGES.map(({ page, title, about }) => `- [${title}](${page}): ${about}`),
    `- [Value types](${COMMON.page}): texts per language, identifiers, dates, durations, addresses and contact details, which the others share`,
    '',
  ].join('\n');
}

/** What a page needs to know while it is written. */
interface PageContext {
  readonly files: Readonly<Record<string, JsonSchema>>;
  /** The page being written, for links: a link to a type on this page is an anchor only. */
  readonly page: string;
  /** Definitions of this page's schema file documented once in their own section, by `$ref`. */
  readonly shared: ReadonlyMap<string, string>;
  readonly lines: string[];
}

function filePage(files: Readonly<Record<string, JsonSchema>>, file: string, title: string, about: string): string {
  const root = files[file] as JsonSchema;
  const shared = sharedDefinitions(root);
  const context: PageContext = { files, page: PAGES.find((entry) => entry.file === file)?.page ?? '', shared, lines: [] };
  const properties = propertiesOf(root);
  context.lines.push(BANNER, '', `# ${title}: every key`, '', `The keys of ${about}, from \`schemas/${file}\`. ${String(root['description'] ?? '')}`, '');
  context.lines.push(...Object.keys(properties).map((key) => `- [\`${key}\`](#${anchor(key)})`), '');
  walkProperties(context, root, file, '', 2);
  if (shared.size > 0) {
    context.lines.push('## Definitions used in several places', '');
    for (const [ref, name] of shared) {
      const definition = resolveSchema({ $ref: ref }, file);
      context.lines.push(`### ${capitalised(name)}`, '');
      describe(context, definition.schema, definition.file, {});
      walkChildren(context, definition.schema, definition.file, '', 4);
    }
  }
  return finish(context.lines);
}

function commonPage(files: Readonly<Record<string, JsonSchema>>): string {
  const common = files[COMMON.file] as JsonSchema;
  const definitions = (common['$defs'] ?? {}) as Readonly<Record<string, JsonSchema>>;
  const context: PageContext = { files, page: COMMON.page, shared: new Map(), lines: [] };
  context.lines.push(
    BANNER,
    '',
    '# Value types',
    '',
    `The value types notices, organisations and the configuration share, from \`schemas/${COMMON.file}\`.`,
    '',
  );
  const headings = definitionHeadings(definitions);
  for (const [name, definition] of Object.entries(definitions)) {
    context.lines.push(`## ${capitalised(headings.get(name) ?? name)}`, '');
    describe(context, definition, COMMON.file, {});
    walkChildren(context, definition, COMMON.file, '', 3);
  }
  return finish(context.lines);
}

/** Blank lines never doubled, one line break at the end. */
function finish(lines: readonly string[]): string {
  return `${lines
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trimEnd()}\n`;
}

/**
 * The definitions of a schema file documented once, in their own section:
 * those referred to from more than one place that have keys or values of
 * their own. A definition used once is documented where it is used.
 */
function sharedDefinitions(root: JsonSchema): Map<string, string> {
  const text = JSON.stringify(root);
  const definitions = (root['$defs'] ?? {}) as Readonly<Record<string, JsonSchema>>;
  const headings = definitionHeadings(definitions);
  const shared = new Map<string, string>();
  for (const [name, definition] of Object.entries(definitions)) {
    const ref = `#/$defs/${name}`;
    const uses = text.split(`"${ref}"`).length - 1;
    if (uses > 1 && ('properties' in definition || 'enum' in definition)) shared.set(ref, headings.get(name) ?? name);
  }
  return shared;
}

function walkProperties(context: PageContext, schema: JsonSchema, file: string, path: string, level: number): void {
  const required = new Set((schema['required'] ?? []) as readonly string[]);
  for (const [key, property] of Object.entries(propertiesOf(schema))) {
    const keyPath = path === '' ? key : `${path}.${key}`;
    context.lines.push(`${'#'.repeat(level)} \`${keyPath}\``, '');
    describe(context, property, file, { key, required: required.has(key) });
    if (!isLinked(context, property, file)) {
      const target = resolveSchema(property, file);
      walkChildren(context, target.schema, target.file, keyPath, Math.max(level, 3));
    }
  }
}

/** The keys below a value: its own, those of the items of a list, those of the mappings among its alternatives, the entries of a mapping by name. */
function walkChildren(context: PageContext, schema: JsonSchema, file: string, path: string, level: number): void {
  if ('properties' in schema) walkProperties(context, schema, file, path, level);
  const items = schema['items'] as JsonSchema | undefined;
  if (items !== undefined && !isLinked(context, items, file)) {
    const target = resolveSchema(items, file);
    walkChildren(context, target.schema, target.file, `${path}[]`, level);
  }
  for (const branch of (schema['anyOf'] ?? []) as readonly JsonSchema[]) {
    if (isLinked(context, branch, file)) continue;
    const target = resolveSchema(branch, file);
    walkChildren(context, target.schema, target.file, path, level);
  }
  const entries = schema['additionalProperties'];
  const names = schema['propertyNames'] as JsonSchema | undefined;
  if (typeof entries === 'object' && entries !== null && names !== undefined && !('$ref' in names)) {
    const entryPath = `${path}.<name>`;
    context.lines.push(`${'#'.repeat(level)} \`${entryPath}\``, '');
    describe(context, entries as JsonSchema, file, {});
  }
}

/** The body of one key or type: its type, whether it is required, its default, the article, the description, the values, an example. */
function describe(context: PageContext, schema: JsonSchema, file: string, as: { readonly key?: string; readonly required?: boolean }): void {
  const target = isLinked(context, schema, file) ? undefined : resolveSchema(schema, file);
  const description = String(schema['description'] ?? target?.schema['description'] ?? '');
  const facts = [`Type: ${typeText(context, schema, file)}.`];
  if (as.required === true) facts.push('Required.');
  const fallback = (schema['default'] ?? target?.schema['default']) as PlainData | undefined;
  if (fallback !== undefined) facts.push(`Default: \`${yamlLines(fallback).join(' ')}\`.`);
  const oneOf = atLeastOneOf(target?.schema ?? schema);
  if (oneOf !== undefined) facts.push(oneOf);
  context.lines.push(facts.join(' '), '');
  const articles = servedArticles(description);
  if (articles.length > 0) context.lines.push(`Serves: ${articles.join('; ')}.`, '');
  if (description !== '') context.lines.push(description, '');
  const values = target === undefined ? [] : valuesOf(context, target.schema, target.file);
  if (values.some(([, meaning]) => meaning !== '')) {
    context.lines.push('| Value | Meaning |', '| --- | --- |', ...values.map(([value, meaning]) => `| \`${value}\` | ${cell(meaning)} |`), '');
  } else if (values.length > 0) {
    context.lines.push(`Values: ${values.map(([value]) => `\`${value}\``).join(', ')}.`, '');
  }
  const examples = schema['examples'] ?? target?.schema['examples'];
  if (Array.isArray(examples) && examples.length > 0) {
    const shown = examples.flatMap((example: PlainData) => (as.key === undefined ? yamlLines(example) : yamlLines({ [as.key]: example })));
    context.lines.push('Example:', '', '```yaml', ...shown, '```', '');
  }
}

/** `Give at least one of `email`, `phone`, ….` for a mapping whose alternatives each require one key. */
function atLeastOneOf(schema: JsonSchema): string | undefined {
  const branches = (schema['anyOf'] ?? []) as readonly JsonSchema[];
  const keys = branches.map((branch) => (Object.keys(branch).join() === 'required' ? (branch['required'] as readonly string[]) : undefined));
  if (keys.length === 0 || keys.some((key) => key?.length !== 1)) return undefined;
  return `Give at least one of ${keys.map((key) => `\`${key?.[0] ?? ''}\``).join(', ')}.`;
}

/** Whether a value's type is a definition documented elsewhere (a value type, or a shared definition), linked rather than repeated. */
function isLinked(context: PageContext, schema: JsonSchema, file: string): boolean {
  return linkOf(context, schema, file) !== undefined;
}

/** The link to where a `$ref`'s definition is documented, if it is documented in its own section. */
function linkOf(context: PageContext, schema: JsonSchema, file: string): string | undefined {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return undefined;
  const [target = '', fragment = ''] = ref.split('#');
  const targetFile = target === '' ? file : target;
  const name = fragment.split('/').at(-1) ?? '';
  if (targetFile === COMMON.file) {
    const title = definitionHeadings(((context.files[COMMON.file] ?? {})['$defs'] ?? {}) as Readonly<Record<string, JsonSchema>>).get(name) ?? name;
    return `[${title}](${context.page === COMMON.page ? '' : COMMON.page}#${anchor(capitalised(title))})`;
  }
  const shared = context.shared.get(`#${fragment}`);
  return shared === undefined ? undefined : `[${shared}](#${anchor(capitalised(shared))})`;
}

/** A value's type in words, types documented elsewhere as links: `list of [identifier](common.md#identifier)`. */
function typeText(context: PageContext, schema: JsonSchema, file: string): string {
  const link = linkOf(context, schema, file);
  if (link !== undefined) return link;
  const { schema: resolved, file: resolvedFile } = resolveSchema(schema, file);
  if (resolved['const'] !== undefined) return `\`${yamlLines(resolved['const'] as PlainData).join(' ')}\``;
  if (Array.isArray(resolved['enum'])) return 'one of the values below';
  const branches = resolved['anyOf'] as readonly JsonSchema[] | undefined;
  if (branches !== undefined && branches.some((branch) => Object.keys(branch).join() !== 'required')) {
    return branches.map((branch) => typeText(context, branch, resolvedFile)).join(', or ');
  }
  switch (resolved['type']) {
    case 'string':
      return resolved['format'] === 'date' ? 'date (YYYY-MM-DD)' : 'text';
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
    case 'number':
      return 'number';
    case 'array':
      return listType(context, (resolved['items'] ?? {}) as JsonSchema, resolvedFile);
    case 'object':
      return objectType(context, resolved, resolvedFile);
    default:
      return 'any value';
  }
}

/** A list's type in words: `list of [identifier](…)`, `list of mappings with the keys below`. */
function listType(context: PageContext, items: JsonSchema, file: string): string {
  const item = typeText(context, items, file);
  if (linkOf(context, items, file) !== undefined) return `list of ${item}`;
  if (item === 'one of the values below') return 'list of values from the table below';
  if (item === MAPPING) return `list of mappings with the keys below`;
  if (item === 'text') return 'list of texts';
  return `list; each item is ${item}`;
}

const MAPPING = 'mapping with the keys below';

function objectType(context: PageContext, schema: JsonSchema, file: string): string {
  const entries = schema['additionalProperties'];
  if ('properties' in schema || typeof entries !== 'object' || entries === null) return MAPPING;
  const names = schema['propertyNames'] as JsonSchema | undefined;
  const keys = names === undefined ? 'names' : '$ref' in names ? typeText(context, names, file) : 'the names listed below';
  return `mapping of ${keys} to ${typeText(context, entries as JsonSchema, file)}`;
}

/** The values a key allows, each with its description: from an enum, the items' enum, or the names a mapping allows. */
function valuesOf(context: PageContext, schema: JsonSchema, file: string): [string, string][] {
  const values = schema['enum'];
  if (Array.isArray(values)) {
    const meanings = (schema['enumDescriptions'] ?? []) as readonly string[];
    return values.map((value, index) => [String(value), meanings[index] ?? '']);
  }
  const items = schema['items'] as JsonSchema | undefined;
  if (items !== undefined && !isLinked(context, items, file)) {
    const target = resolveSchema(items, file);
    return valuesOf(context, target.schema, target.file);
  }
  const names = schema['propertyNames'] as JsonSchema | undefined;
  if (names !== undefined && !('$ref' in names)) return valuesOf(context, names, file);
  return [];
}

/**
 * The articles a description cites: each bracketed reference to the GDPR or a
 * Finnish act, as written (`GDPR Art. 13(1)(c), 30(1)(b)`, `917/2014 §200`).
 */
export function servedArticles(description: string): string[] {
  const found: string[] = [];
  for (let start = description.indexOf('('); start !== -1; start = description.indexOf('(', start + 1)) {
    let depth = 0;
    let end = start;
    for (; end < description.length; end += 1) {
      if (description[end] === '(') depth += 1;
      else if (description[end] === ')') depth -= 1;
      if (depth === 0) break;
    }
    const inside = description.slice(start + 1, end);
    if (/GDPR|Art\.|§|\b\d{1,4}\/\d{4}\b|WP29/u.test(inside) && !inside.startsWith('`')) {
      found.push(inside);
      start = end;
    }
  }
  return found;
}

/**
 * The heading of each definition: its title, or its key in words; where two
 * share a title (`phone` and `localizedPhone` are both “telephone number”),
 * the later ones add their key, so that every heading has its own anchor.
 */
function definitionHeadings(definitions: Readonly<Record<string, JsonSchema>>): Map<string, string> {
  const headings = new Map<string, string>();
  const taken = new Set<string>();
  for (const [name, definition] of Object.entries(definitions)) {
    const title = titleOf(definition, name);
    headings.set(name, taken.has(title) ? `${title} (${name})` : title);
    taken.add(title);
  }
  return headings;
}

/** A definition's name for readers: its title, else its key in words (`legalBasisCode` → `legal basis code`). */
function titleOf(definition: JsonSchema, name: string): string {
  return typeof definition['title'] === 'string' ? definition['title'] : name.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ').toLowerCase();
}

function propertiesOf(schema: JsonSchema): Readonly<Record<string, JsonSchema>> {
  return (schema['properties'] ?? {}) as Readonly<Record<string, JsonSchema>>;
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The anchor GitHub gives a heading: lower case, spaces as hyphens, other punctuation dropped. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/gu, '-');
}

/** A table cell: its pipes escaped, on one line. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s+/gu, ' ');
}

if (import.meta.main) {
  const folder = new URL('../docs/reference/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  for (const [page, text] of Object.entries(referencePages())) {
    const target = new URL(page, folder);
    writeFileSync(target, text);
    console.log(`wrote ${target.pathname}`);
  }
}
