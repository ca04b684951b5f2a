import type { Diagnostic } from '../diagnostics/index.ts';
import type { ParsedSource } from '../source/index.ts';
import { validatorFor } from './ajv.ts';
import * as precompiled from './generated/validators.js';
import { schemaDiagnostics } from './schema-diagnostics.ts';
import { schemaFileOf, type DocumentKind } from './schemas.ts';

/** The precompiled yes-or-no validators, by document kind. */
const quick: Readonly<Record<DocumentKind, (data: unknown) => boolean>> = precompiled;

/**
 * Checks parsed YAML against its published schema (`schemas/<kind>.schema.json`).
 * Returns no diagnostics when the data are valid; a file that did not parse is
 * not checked again. Valid data are confirmed by a precompiled validator; only
 * invalid data pay for the full one that explains what is wrong.
 */
export function validateDocument(kind: DocumentKind, parsed: ParsedSource): Diagnostic[] {
  if (parsed.data === undefined) return [];
  if (quick[kind](parsed.data)) return [];
  const validate = validatorFor(schemaFileOf[kind]);
  if (validate(parsed.data)) return [];
  return schemaDiagnostics(validate.errors ?? [], parsed.file, parsed.sourceMap, `the ${kind}`);
}

/** Checks a generated record of processing against `schemas/record.schema.json`; returns ajv's messages, none when valid. */
export function recordSchemaErrors(record: unknown): string[] {
  const validate = validatorFor('record.schema.json');
  if (validate(record)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
