import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  at,
  collectionItems,
  collectionPlace,
  ID_COLLECTIONS,
  namingText,
  noticePointer,
  organisationPointer,
  type CollectionItem,
  type DataCategory,
  type DataSubjectGroup,
  type LegalBasis,
  type LocalizedText,
  type Place,
  type Purpose,
  type Recipient,
  type Source,
} from '../../src/model/index.ts';
import { schemaFiles, type JsonSchema } from '../../src/schema/index.ts';
import { lineOf } from '../helpers/lines.ts';
import { fromRoot, seedNotice } from '../helpers/paths.ts';
import { loadOneNotice } from '../helpers/render.ts';

const notice = loadOneNotice('notices/pori-energia');
const noticeText = readFileSync(fromRoot(seedNotice), 'utf8');
const organisationText = readFileSync(fromRoot('notices/pori-energia/organisation.yaml'), 'utf8');

/** The line a place is written on in the seed, and whether the place itself is there (not only an ancestor of it). */
function written(place: string, source = notice.source, target: 'key' | 'value' = 'value'): { line: number; exact: boolean } {
  const located = source.sourceMap.locate(place, target);
  return { line: located.start.line, exact: located.pointer === place };
}

describe('places built from typed paths', () => {
  it('name places of the seed notice that its source map finds, on the lines they are written', () => {
    expect(written(noticePointer('legalBasis', 'hedge'))).toEqual({ line: lineOf(noticeText, 'hedge: primarily'), exact: true });
    expect(written(noticePointer('purposes', 'items', 0, 'directMarketing', 'audiences'))).toEqual({
      line: lineOf(noticeText, 'audiences: [consumers, business-contacts]'),
      exact: true,
    });
    expect(written(noticePointer('dataCategories', 'items', 1, 'label', 'en'))).toEqual({
      line: lineOf(noticeText, "en: name and position, place of business and address of a company's contact person"),
      exact: true,
    });
    expect(written(noticePointer('purposes', 'items', 5), notice.source, 'key')).toEqual({ line: lineOf(noticeText, '- id: tutkimukset'), exact: true });
  });

  it('name places of the seed organisation file', () => {
    const source = notice.organisation.source;
    expect(written(organisationPointer('entities', 1, 'name'), source)).toEqual({
      line: lineOf(organisationText, 'name: Pori Energia Sähköverkot Oy'),
      exact: true,
    });
    expect(written(organisationPointer('contact', 'postalAddress', 'postalCode'), source)).toEqual({
      line: lineOf(organisationText, 'postalCode: "28100"'),
      exact: true,
    });
  });

  it('extend a place given to a function, checked against the type it points at', () => {
    const basis: Place<LegalBasis> = noticePointer('legalBasis');
    expect(written(at(basis, 'description'), notice.source, 'key')).toEqual({
      line: lineOf(noticeText, 'description:', noticeText.indexOf('legalBasis:')),
      exact: true,
    });
    expect(at(basis, 'law', 0, 'number')).toBe('/legalBasis/law/0/number');
  });

  it('escape segments as RFC 6901 asks, and give the whole document for no segments', () => {
    expect(at(noticePointer('title'), 'a/b~c')).toBe('/title/a~1b~0c');
    expect(noticePointer()).toBe('');
  });

  it('do not compile with a misspelt key, a key at the wrong level, or a pointer written by hand', () => {
    // @ts-expect-error `itemz` is not a key of `purposes`
    expect(noticePointer('purposes', 'itemz', 0)).toBe('/purposes/itemz/0');
    // @ts-expect-error `descripton` is not a key of a legal-basis statement
    expect(at(noticePointer('legalBasis'), 'descripton')).toBe('/legalBasis/descripton');
    // @ts-expect-error a list is indexed by number, not by a key
    expect(noticePointer('purposes', 'items', 'markkinointi')).toBe('/purposes/items/markkinointi');
    // @ts-expect-error `dpo` is in the organisation file, not in a notice
    expect(noticePointer('dpo')).toBe('/dpo');
    // @ts-expect-error a place is built, not written as a string
    const byHand: Place<LegalBasis> = '/legalBasis';
    expect(byHand).toBe('/legalBasis');
  });
});

describe('the table of id collections', () => {
  it('says where each collection lives in a notice, and the type checker agrees', () => {
    expectTypeOf<CollectionItem<'purposes'>>().toEqualTypeOf<Purpose>();
    expectTypeOf<CollectionItem<'dataSubjects'>>().toEqualTypeOf<DataSubjectGroup>();
    expectTypeOf<CollectionItem<'dataCategories'>>().toEqualTypeOf<DataCategory>();
    expectTypeOf<CollectionItem<'sources'>>().toEqualTypeOf<Source>();
    expectTypeOf<CollectionItem<'recipients'>>().toEqualTypeOf<Recipient>();
    expect(written(collectionPlace('dataSubjects'), notice.source, 'key')).toEqual({ line: lineOf(noticeText, '  groups:'), exact: true });
    expect(collectionItems(notice.document, 'dataCategories').map((item) => item.id)).toContain('yhteyshenkilon-tiedot');
  });

  it('names an item by its first text the table lists, where the notice writes it', () => {
    // the seed's purposes have neither a short name nor a label: a purpose is named by its description
    const purpose = namingText(notice.document, 'purposes', 'tutkimukset');
    expect(purpose?.place).toBe('/purposes/items/5/description');
    expect(written(purpose?.place ?? '', notice.source, 'key')).toEqual({
      line: lineOf(noticeText, 'description:', noticeText.indexOf('- id: tutkimukset')),
      exact: true,
    });
    const group = namingText(notice.document, 'dataSubjects', 'asiakkaat');
    expectTypeOf(group?.text).toEqualTypeOf<LocalizedText | undefined>();
    expect(group?.place).toBe('/dataSubjects/groups/0/label');
    expect(namingText(notice.document, 'sources', 'no-such-source')).toBeUndefined();
  });

  it('agrees with the schema: each path leads to a list of items with ids and the texts that name them', () => {
    for (const { path, nameKeys } of Object.values(ID_COLLECTIONS)) {
      const items = schemaAt(path).items as JsonSchema;
      const item = resolved(items);
      expect(item['required'], path.join('.')).toContain('id');
      for (const key of nameKeys) expect(Object.keys(item['properties'] as object), `${path.join('.')}: ${key}`).toContain(key);
    }
  });

  it('has a row for each collection that the lists of ids in the schema name, and no other', () => {
    const referred = new Set<string>();
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'object' && value !== null && (value as JsonSchema)['$ref'] === '#/$defs/idList') referred.add(key);
        walk(value);
      }
    };
    walk(noticeSchema);
    expect([...referred].sort()).toEqual(Object.keys(ID_COLLECTIONS).sort());
  });
});

const noticeSchema = schemaFiles['notice.schema.json'] as JsonSchema;

/** A schema with its local `$ref` followed. */
function resolved(schema: JsonSchema): JsonSchema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  return resolved(
    ref
      .replace('#/', '')
      .split('/')
      .reduce<JsonSchema>((node, key) => node[key] as JsonSchema, noticeSchema),
  );
}

/** The schema of the value at a path of a notice. */
function schemaAt(path: readonly string[]): JsonSchema {
  return path.reduce<JsonSchema>((schema, key) => resolved((resolved(schema)['properties'] as Record<string, JsonSchema>)[key] as JsonSchema), noticeSchema);
}
