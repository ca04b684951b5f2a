import { MAX_DIAGNOSTICS_PER_FILE, type Diagnostic } from '../diagnostics/index.ts';
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
  const errors = validate.errors ?? [];
  // Only the first problems of a file are shown (capPerFile): describing 90,000 would take seconds.
  const described = schemaDiagnostics(errors.slice(0, DESCRIBED_ERRORS), parsed.file, parsed.sourceMap, `the ${kind}`);
  const last = described.at(-1);
  if (errors.length <= DESCRIBED_ERRORS || last === undefined) return described;
  const more = { ...last, ruleId: 'too-many-problems', message: `…and more problems in this file, not shown; fix these first` };
  return [...described, more];
}

/** How many of ajv's errors are turned into messages: enough for every problem a file shows, with room for alternatives summarised. */
const DESCRIBED_ERRORS = 4 * MAX_DIAGNOSTICS_PER_FILE;

/** Checks a generated record of processing against `schemas/record.schema.json`; returns ajv's messages, none when valid. */
export function recordSchemaErrors(record: unknown): string[] {
  const validate = validatorFor('record.schema.json');
  if (validate(record)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
