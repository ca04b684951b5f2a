import commonSchema from '../../schemas/common.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import noticeSchema from '../../schemas/notice.schema.json' with { type: 'json' };
import organisationSchema from '../../schemas/organisation.schema.json' with { type: 'json' };
import recordSchema from '../../schemas/record.schema.json' with { type: 'json' };

/** The kinds of YAML document seloste reads. */
export type DocumentKind = 'notice' | 'organisation' | 'config';

/** A JSON Schema as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The published schemas by file name, as loaded from `schemas/`. */
export const schemaFiles: Readonly<Record<string, JsonSchema>> = {
  'common.schema.json': commonSchema,
  'config.schema.json': configSchema,
  'notice.schema.json': noticeSchema,
  'organisation.schema.json': organisationSchema,
  'record.schema.json': recordSchema,
};

/** Whether a schema describes a localized text (`{ fi: …, en: … }`): common.schema.json gives it this title. */
export function isLocalizedText(schema: JsonSchema): boolean {
  return schema['title'] === 'localized text';
}

/** The schema file that validates each kind of document. */
export const schemaFileOf: Readonly<Record<DocumentKind, string>> = {
  notice: 'notice.schema.json',
  organisation: 'organisation.schema.json',
  config: 'config.schema.json',
};
