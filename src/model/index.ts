export type { Controller, ControllerEntry, DeepReadonly, Located, Notice, Organisation, SourceFile } from './types.ts';
export type * from './vocabulary.ts';
export type { NoticeDocument, OrganisationDocument, Entity, LawReference, LegalBasisEntry, Complaint, Original } from './generated/schema-types.ts';
export { at, collectionItems, collectionPlace, namingText, noticePointer, organisationPointer, placeOf } from './places.ts';
export type { CollectionItem, CollectionList, NoticeValue, OrganisationValue, Place } from './places.ts';
export { ID_COLLECTIONS } from '../schema/id-collections.ts';
export type { IdCollectionName } from '../schema/id-collections.ts';
export { checkOrganisation, duplicateNoticeIds, noticeIdPlace, resolveNotice } from './resolve.ts';
export type { NoticeIdPlace } from './resolve.ts';
export { contradictions } from './contradictions.ts';
export { addressLine } from './address.ts';
export {
  applicableRights,
  contactFor,
  controllerContact,
  effectiveLegalBasis,
  isDirectMarketing,
  listedRights,
  objectionGrounds,
  purposeDataCategories,
  purposeDataSubjects,
  purposeRecipients,
  purposeSources,
  purposesOf,
  noticeBasisCodes,
} from './queries.ts';
export { stateOf, stated } from './states.ts';
export type { StatementState } from './states.ts';
export { allValues, emailsOf, isPerLanguage, phonesOf, telephoneLink, valueIn } from './localized-values.ts';
export type { LabelledValue, PerLanguage, ValueIn } from './localized-values.ts';
export { basesOf, basisCodes, lawPointer, lawReferences } from './legal-bases.ts';
export type { LawStatement, StatedBasis } from './legal-bases.ts';
export type { EffectiveLegalBasis } from './queries.ts';
export { FINNISH_DPA, supervisoryAuthorityOf } from './supervisory-authority.ts';
export type { SupervisoryAuthority } from './supervisory-authority.ts';
export { knownAct, knownActByNumber, lawKind } from './laws.ts';
export type { KnownAct } from './laws.ts';
