/**
 * What a TILT document holds where the notice does not state something TILT
 * requires. TILT has no way to leave a required field out or empty, and
 * allows properties of one's own: so the field holds a placeholder that no
 * one can mistake for a fact (the text below, the country code `ZZ` —
 * “unknown region” —, an e-mail address under the reserved `.invalid`
 * domain, TILT's own default for a yes-or-no), and the object lists the
 * field in `_notStated` (or `_none`, where the notice says there is none). A
 * field TILT does not require is left out and listed the same way.
 */
export const PLACEHOLDER = {
  notStated: { text: 'Not stated in the notice', email: 'not-stated@not-stated.invalid' },
  none: { text: 'None, as the notice states', email: 'none@none.invalid' },
  country: 'ZZ',
} as const;

/** Why a field holds a placeholder: the notice is silent, or says there is none. */
export type GapReason = 'notStated' | 'none';

/** The fields of one TILT object that hold placeholders, collected with their JSON pointers for the warning. */
export class Gaps {
  readonly #pointers: string[] = [];

  /** The JSON pointers of every placeholder and left-out field, in document order. */
  get pointers(): readonly string[] {
    return this.#pointers;
  }

  /**
   * An object at `pointer` with its facts (undefined where the notice does not
   * state them): each missing field that has a placeholder gets it, each
   * missing field without one is left out, and both are listed in the
   * object's `_notStated` (or `_none`).
   */
  object(
    pointer: string,
    facts: Readonly<Record<string, unknown>>,
    placeholders: Readonly<Record<string, unknown>>,
    reason: GapReason = 'notStated',
  ): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const missing: string[] = [];
    for (const key of Object.keys(facts)) {
      const value = facts[key];
      if (value !== undefined) {
        result[key] = value;
        continue;
      }
      missing.push(key);
      this.#pointers.push(`${pointer}/${key}`);
      const placeholder = placeholders[key];
      if (placeholder !== undefined) result[key] = placeholder;
    }
    if (missing.length > 0) result[reason === 'none' ? '_none' : '_notStated'] = missing;
    return result;
  }
}
