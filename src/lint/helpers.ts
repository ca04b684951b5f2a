import { effectiveLegalBasis, isDirectMarketing, purposeDataCategories, type LegalBasis, type LegalBasisCode, type LocalizedText, type MarketingChannel, type Notice, type Purpose } from '../model/index.ts';
import { schemaFiles, type JsonSchema } from '../schema/index.ts';
import { childPointer } from '../source/index.ts';

/** Channels that are electronic direct marketing under 917/2014 §200. */
export const ELECTRONIC_CHANNELS: ReadonlySet<MarketingChannel> = new Set(['email', 'sms', 'mms', 'automated-calls', 'fax']);

/** Each purpose with its index and the code of its effective legal basis (own or the notice's). */
export function purposesWithBasis(notice: Notice): { purpose: Purpose; index: number; basis: LegalBasisCode | undefined }[] {
  return notice.document.purposes.items.map((purpose, index) => ({ purpose, index, basis: effectiveLegalBasis(notice, index)?.basis.basis }));
}

/** Every legal basis the notice states, the notice-level one first, each with its pointer. */
export function statedBasesWithPointers(notice: Notice): { basis: LegalBasis; pointer: string }[] {
  const { document } = notice;
  return [
    ...(document.legalBasis === undefined ? [] : [{ basis: document.legalBasis, pointer: '/legalBasis' }]),
    ...document.purposes.items.flatMap((purpose, index) => (purpose.legalBasis === undefined ? [] : [{ basis: purpose.legalBasis, pointer: `/purposes/items/${index}/legalBasis` }])),
  ];
}

/** Whether any purpose rests on the given basis. */
export function anyPurposeOn(notice: Notice, basis: LegalBasisCode): boolean {
  return purposesWithBasis(notice).some((entry) => entry.basis === basis);
}

/** The purposes that use a data category (every purpose when a purpose names no categories). */
export function purposesUsing(notice: Notice, categoryId: string): { purpose: Purpose; index: number; basis: LegalBasisCode | undefined }[] {
  return purposesWithBasis(notice).filter(({ purpose }) => purposeDataCategories(notice, purpose).some((category) => category.id === categoryId));
}

/** Whether a purpose is marketing of any kind. */
export function isMarketing(purpose: Purpose): boolean {
  return isDirectMarketing(purpose) || (purpose.kinds ?? []).some((kind) => kind === 'marketing' || kind === 'advertising' || kind === 'targeting');
}

/** A localized text found in a document, with its pointer. */
export interface FoundText {
  readonly pointer: string;
  readonly text: LocalizedText;
}

/** Every localized text of a notice, found by walking the document along its schema. */
export function localizedTexts(document: unknown): FoundText[] {
  const found: FoundText[] = [];
  walk(schemaFiles['notice.schema.json'] as JsonSchema, 'notice.schema.json', document, '', found);
  return found;
}

function walk(schema: JsonSchema, file: string, value: unknown, pointer: string, found: FoundText[]): void {
  const [resolved, resolvedFile] = resolve(schema, file);
  if (resolved['title'] === 'localized text') {
    found.push({ pointer, text: value as LocalizedText });
    return;
  }
  if (Array.isArray(value)) {
    const items = resolved['items'] as JsonSchema | undefined;
    if (items !== undefined) value.forEach((item, index) => walk(items, resolvedFile, item, childPointer(pointer, index), found));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const properties = (resolved['properties'] ?? {}) as Record<string, JsonSchema>;
    for (const [key, child] of Object.entries(value)) {
      const childSchema = properties[key];
      if (childSchema !== undefined) walk(childSchema, resolvedFile, child, childPointer(pointer, key), found);
    }
  }
}

/** Follows `$ref`s (within and across the published schema files) to the schema that describes a value. */
function resolve(schema: JsonSchema, file: string): [JsonSchema, string] {
  let current = schema;
  let currentFile = file;
  for (let guard = 0; typeof current['$ref'] === 'string' && guard < 10; guard += 1) {
    const [target = '', fragment = ''] = (current['$ref'] as string).split('#');
    if (target !== '') currentFile = target;
    let node: unknown = schemaFiles[currentFile];
    for (const segment of fragment.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[segment];
    current = node as JsonSchema;
  }
  return [current, currentFile];
}
