export type { Controller, DeepReadonly, Located, Notice, Organisation, SourceFile } from './types.ts';
export type * from './vocabulary.ts';
export type { NoticeDocument, OrganisationDocument, Entity } from './generated/schema-types.ts';
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
} from './queries.ts';
export type { EffectiveLegalBasis } from './queries.ts';
export { FINNISH_DPA, supervisoryAuthorityOf } from './supervisory-authority.ts';
export type { SupervisoryAuthority } from './supervisory-authority.ts';
