import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';

const require = createRequire(import.meta.url);

/** What every ajv instance of seloste knows besides JSON Schema: editor-only keywords and the formats used. */
export function addKeywordsAndFormats(ajv: Ajv2020): Ajv2020 {
  // Editors read `enumDescriptions`; validation ignores it.
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  // ajv-formats is CommonJS; its export is the plugin itself. Loaded with ajv, on first use.
  const addFormats = require('ajv-formats') as (ajv: Ajv2020, formats: string[]) => Ajv2020;
  return addFormats(ajv, ['date', 'email', 'uri']);
}
