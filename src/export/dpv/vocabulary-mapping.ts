import type { LegalBasisEntry } from '../../model/index.ts';
import type {
  DataCategoryKind,
  DataSubjectKind,
  LegalBasisCode,
  PurposeKind,
  RecipientRole,
  Right,
  SecurityMeasure,
  SourceKind,
  TransferMechanism,
} from '../../model/vocabulary.ts';
import mapping from './mapping.json' with { type: 'json' };

/** The values of each of seloste's vocabularies that mapping.json maps, by the vocabulary's name there. */
export interface Vocabularies {
  readonly purposeKind: PurposeKind;
  readonly dataCategoryKind: DataCategoryKind;
  readonly dataSubjectKind: DataSubjectKind;
  readonly legalBasis: LegalBasisCode;
  readonly specialCategoryCondition: NonNullable<LegalBasisEntry['specialCategoryCondition']>;
  readonly transferMechanism: TransferMechanism;
  readonly securityMeasure: SecurityMeasure;
  readonly right: Right;
  readonly sourceKind: SourceKind;
  readonly recipientRole: RecipientRole;
}

/** A vocabulary's name in mapping.json. */
export type VocabularyName = keyof Vocabularies;

/** What one value maps to: DPV terms (`prefix:Term`), or `null` and the reason DPV has none; the TILT field or reference it fills, where TILT has one. */
export interface MappingEntry {
  readonly dpv: readonly string[] | null;
  readonly reason?: string;
  readonly note?: string;
  readonly tilt?: readonly string[] | null;
  readonly tiltReason?: string;
}

/** One vocabulary's mapping: where the schema defines it, where the record holds it, the DPV property that links it, and each value's entry. */
export interface VocabularyMapping {
  readonly title: string;
  /** JSON pointer into schemas/notice.schema.json to the vocabulary's `enum`. */
  readonly schema: string;
  readonly record: string;
  readonly dpvProperty: string;
  readonly values: Readonly<Record<string, MappingEntry>>;
}

/** mapping.json: seloste's vocabularies in DPV 2.2 and TILT. */
export interface DpvMapping {
  readonly dpvVersion: string;
  readonly prefixes: Readonly<Record<string, string>>;
  readonly vocabularies: Readonly<Record<VocabularyName, VocabularyMapping>>;
}

/** The mapping data (src/export/dpv/mapping.json). */
export const DPV_MAPPING: DpvMapping = mapping;

/** The entry of one value; every value has one (a test checks it against the schema). */
export function mappingOf<Name extends VocabularyName>(vocabulary: Name, value: Vocabularies[Name]): MappingEntry {
  const entry = DPV_MAPPING.vocabularies[vocabulary].values[value];
  if (entry === undefined) throw new Error(`No DPV mapping for ${vocabulary} ${value}: add it to src/export/dpv/mapping.json`);
  return entry;
}

/** The DPV terms (`prefix:Term`) of a value: none where DPV has no fitting term. */
export function dpvTerms<Name extends VocabularyName>(vocabulary: Name, value: Vocabularies[Name]): readonly string[] {
  return mappingOf(vocabulary, value).dpv ?? [];
}

/** The TILT fields or references of a value: none where TILT has none. */
export function tiltTerms<Name extends VocabularyName>(vocabulary: Name, value: Vocabularies[Name]): readonly string[] {
  return mappingOf(vocabulary, value).tilt ?? [];
}
