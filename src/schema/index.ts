export { recordSchemaErrors, validateDocument } from './validate-document.ts';
export { schemaFileOf, schemaFiles } from './schemas.ts';
export type { DocumentKind, JsonSchema } from './schemas.ts';
export { localizedTexts } from './localized-texts.ts';
export type { FoundText } from './localized-texts.ts';
export { isEmailAddress } from './formats.ts';
