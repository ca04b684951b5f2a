import { DPV_MAPPING } from './vocabulary-mapping.ts';

/** A JSON-LD node object or value as the DPV export writes it. */
export type JsonLd = string | number | boolean | null | readonly JsonLd[] | { readonly [key: string]: JsonLd };

/** A JSON-LD node object. */
export type JsonLdNode = { readonly [key: string]: JsonLd };

/**
 * The `@context` of every DPV document: DPV 2.2's own prefixes (from the
 * mapping data), Dublin Core and RDF(S) for names, descriptions and values,
 * and terms whose values are the record's texts as they are: `{fi: …, en: …}`
 * is a language map, so each text becomes a language-tagged string; a name
 * that is the same in every language stays a plain string.
 */
export const DPV_CONTEXT: JsonLdNode = {
  ...DPV_MAPPING.prefixes,
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  title: { '@id': 'dct:title', '@container': '@language' },
  label: { '@id': 'rdfs:label', '@container': '@language' },
  description: { '@id': 'dct:description', '@container': '@language' },
  comment: { '@id': 'rdfs:comment', '@container': '@language' },
  name: { '@id': 'dpv:hasName', '@container': '@language' },
  address: { '@id': 'dpv:hasAddress', '@container': '@language' },
  identifier: 'dct:identifier',
  modified: { '@id': 'dct:modified', '@type': 'xsd:date' },
  page: { '@id': 'dct:source', '@type': '@id' },
};

/** A reference to a node or a term: `{"@id": "dpv:NotApplicable"}`. */
export function ref(id: string): JsonLdNode {
  return { '@id': id };
}

/** The record's own statement that there is none (`dpv:NotApplicable`) or its silence (`dpv:UnknownApplicability`), as a node of `type`. */
export function applicability(type: string, status: 'none' | 'not-stated', description?: JsonLd): JsonLdNode {
  return withValues({ '@type': type, 'dpv:hasApplicability': ref(status === 'none' ? 'dpv:NotApplicable' : 'dpv:UnknownApplicability'), description });
}

/** The node without the properties that have no value (undefined or an empty list). */
export function withValues(node: { readonly [key: string]: JsonLd | undefined }): JsonLdNode {
  return Object.fromEntries(
    Object.entries(node).filter((entry): entry is [string, JsonLd] => entry[1] !== undefined && !(Array.isArray(entry[1]) && entry[1].length === 0)),
  );
}
