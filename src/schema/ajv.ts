import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { schemaFiles } from './schemas.ts';

export type { ErrorObject };

// ajv-formats is CommonJS; its default export is the plugin itself.
const addFormats = formatsModule as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;

let instance: Ajv2020 | undefined;

/**
 * The one ajv instance, with every published schema added; schemas compile on
 * first use and are cached. The only module that uses `ajv`.
 */
function ajv(): Ajv2020 {
  if (instance !== undefined) return instance;
  const created = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, code: { esm: true } });
  // Editors read `enumDescriptions`; validation ignores it.
  created.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  addFormats(created, ['date', 'email', 'uri']);
  for (const schema of Object.values(schemaFiles)) created.addSchema(schema as object);
  instance = created;
  return created;
}

/** The compiled validator of a schema file, e.g. `notice.schema.json`. */
export function validatorFor(schemaFile: string): ValidateFunction {
  const validate = ajv().getSchema(schemaFile);
  if (validate === undefined) throw new Error(`No schema named ${schemaFile}`);
  return validate;
}
