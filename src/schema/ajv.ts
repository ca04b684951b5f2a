import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { addKeywordsAndFormats } from './ajv-setup.ts';
import { schemaFiles } from './schemas.ts';

// Loaded on first use: valid notices never need it (see validate-document.ts).
const require = createRequire(import.meta.url);

export type { ErrorObject };

let instance: Ajv2020 | undefined;

/**
 * The full ajv instance, with every published schema added and verbose errors
 * (the failing schema and value, which the diagnostics need). Compiling takes
 * a while, so it happens only when data are invalid or a schema has no
 * precompiled validator. At run time the only user of `ajv` besides the
 * generated validators; ajv-setup.ts holds what this instance shares with the
 * generator of those validators (generate-validators.ts, run by `npm run generate`).
 */
function ajv(): Ajv2020 {
  if (instance !== undefined) return instance;
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const created = addKeywordsAndFormats(new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false }));
  for (const schema of Object.values(schemaFiles)) created.addSchema(schema as object);
  instance = created;
  return created;
}

/** The fully compiled validator of a schema file, e.g. `notice.schema.json`, with detailed errors. */
export function validatorFor(schemaFile: string): ValidateFunction {
  const validate = ajv().getSchema(schemaFile);
  if (validate === undefined) throw new Error(`No schema named ${schemaFile}`);
  return validate;
}
