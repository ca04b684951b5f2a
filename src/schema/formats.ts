import { fullFormats } from 'ajv-formats/dist/formats.js';

/** An e-mail address as JSON Schema's `email` format accepts it (ajv-formats, full mode). */
const EMAIL = fullFormats.email as RegExp;

/**
 * Whether a text is an e-mail address by JSON Schema's `email` format: what
 * lint checks once the schema has accepted the address as written
 * (`tietosuoja(at)example.fi` is kept, and reported).
 */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}
