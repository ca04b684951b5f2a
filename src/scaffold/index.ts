/**
 * Templates for new files (`seloste new`): a notice or an organisation.yaml,
 * with every key commented by what the law asks and an example. Pure: the
 * command writes the text.
 */
export { noticeTemplate } from './notice-template.ts';
export type { NoticeTemplateInput } from './notice-template.ts';
export { organisationTemplate } from './organisation-template.ts';
export type { OrganisationTemplateInput } from './organisation-template.ts';
export { isValidId, resolveSchema, schemaSections } from './schema-sections.ts';
export type { SchemaInFile, SchemaSection } from './schema-sections.ts';
export { inLanguages } from './in-languages.ts';
export { yamlLines, yamlScalar } from './yaml-text.ts';
export type { PlainData } from './yaml-text.ts';
export { TO_BE_FILLED_IN } from './template-text.ts';
