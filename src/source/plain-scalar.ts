import { isScalar, Schema, type CollectionTag, type ScalarTag } from 'yaml';

type TestedTag = ScalarTag & { readonly test: RegExp };

/**
 * The scalar tags of YAML 1.2's core schema that a plain (unquoted) value is
 * tested against, in the order the `yaml` composer tries them: null,
 * booleans, integers (decimal, `0o` octal, `0x` hexadecimal), floats
 * (including `.inf` and `.nan`). Taken from the package itself, so that both
 * ways of reading a file resolve a value alike.
 */
const TESTED_TAGS = new Schema({ schema: 'core' }).tags.filter(
  (tag: CollectionTag | ScalarTag): tag is TestedTag => tag.default === true && tag.test instanceof RegExp,
);

const RESOLVE_OPTIONS = { intAsBigInt: false } as const;

/**
 * The characters a plain value that some core tag matches can start with:
 * nothing (null), `~`, `n`/`N`, `t`/`T`, `f`/`F`, a digit, a sign or a dot.
 * The tests compare the values with the composer's on many texts.
 */
const CORE_VALUE_START = /^(?:$|[~nNtTfF0-9+\-.])/u;

/**
 * The value of a plain scalar as YAML 1.2's core schema reads it: `null`,
 * `~` and nothing are null; `true` and `false` (three spellings each)
 * booleans; integers and floats numbers (which may be infinite, or too large
 * to keep exactly: the caller decides); anything else the text itself.
 * Undefined if a tag fails to read a text it matched, which the composer
 * would report as an error.
 */
export function resolvePlainScalar(text: string): unknown {
  // most values are words: no core tag matches a text that starts with a letter other than n, t or f
  if (!CORE_VALUE_START.test(text)) return text;
  for (const tag of TESTED_TAGS) {
    if (!tag.test.test(text)) continue;
    let failed = false;
    const value = tag.resolve(
      text,
      () => {
        failed = true;
      },
      RESOLVE_OPTIONS,
    );
    if (failed) return undefined;
    return isScalar(value) ? value.value : value;
  }
  return text;
}
