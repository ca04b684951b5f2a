export type { Controller, DeepReadonly, Notice, Organisation, SourceFile } from './types.ts';
export type * from './vocabulary.ts';
export type { NoticeDocument, OrganisationDocument, Entity } from './generated/schema-types.ts';
export { checkOrganisation, duplicateNoticeIds, resolveNotice } from './resolve.ts';
