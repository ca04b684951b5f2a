import { childPointer } from '../source/index.ts';
import { isLocalizedText, schemaFileOf, schemaFiles, type DocumentKind, type JsonSchema } from './schemas.ts';

/** A localized text found in a document (`{ fi: …, en: … }`), with its pointer. */
export interface FoundText {
  readonly pointer: string;
  readonly text: Readonly<Record<string, string>>;
}

/** The texts found in each document, by kind: documents are read-only, and several checks ask about the same one. */
const foundIn: Readonly<Record<DocumentKind, WeakMap<object, readonly FoundText[]>>> = {
  notice: new WeakMap(),
  organisation: new WeakMap(),
  config: new WeakMap(),
};

/**
 * Every localized text of a schema-valid document, found by walking the
 * document along its schema: whatever texts the schema gains, checks of
 * translations and languages see them without being told. The document is
 * walked once; later calls get the same list.
 */
export function localizedTexts(kind: DocumentKind, document: unknown): readonly FoundText[] {
  if (typeof document !== 'object' || document === null) return []; // every document is a mapping
  const known = foundIn[kind].get(document);
  if (known !== undefined) return known;
  const found: FoundText[] = [];
  const file = schemaFileOf[kind];
  walk(schemaFiles[file] as JsonSchema, file, document, '', found);
  foundIn[kind].set(document, Object.freeze(found));
  return found;
}

function walk(schema: JsonSchema, file: string, value: unknown, pointer: string, found: FoundText[]): void {
  const [resolved, resolvedFile] = resolve(schema, file);
  if (isLocalizedText(resolved)) {
    found.push({ pointer, text: value as FoundText['text'] });
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

/** Where each `$ref` of each schema file leads, found once: a document walk meets the same ones again and again. */
const resolvedRefs = new Map<string, [JsonSchema, string]>();

/** Follows `$ref`s (within and across the published schema files) to the schema that describes a value. */
function resolve(schema: JsonSchema, file: string, depth = 0): [JsonSchema, string] {
  const ref = schema['$ref'];
  if (typeof ref !== 'string' || depth > 10) return [schema, file];
  const key = `${file}\u0000${ref}`;
  const known = resolvedRefs.get(key);
  if (known !== undefined) return known;
  const [target = '', fragment = ''] = ref.split('#');
  const targetFile = target === '' ? file : target;
  let node: unknown = schemaFiles[targetFile];
  for (const segment of fragment.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[segment];
  const resolved = resolve(node as JsonSchema, targetFile, depth + 1);
  resolvedRefs.set(key, resolved);
  return resolved;
}
