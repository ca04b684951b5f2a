import { stateOf } from '../model/index.ts';
import type { LocalizedText } from '../model/vocabulary.ts';
import type { NoneStatement, NotStatedStatement } from './record-types.ts';
import { withDefined } from './defined.ts';

/** What every record statement says when the notice is silent: the key left out, or `notStated` (whose note is never published). */
export const NOT_STATED: NotStatedStatement = { status: 'not-stated' };

/** The statement that there is none, with the notice's own words for it where it has them. */
export function noneStatement(description: LocalizedText | undefined): NoneStatement {
  return withDefined({ status: 'none' as const, description });
}

/**
 * A section of the notice as a record statement: `not-stated` when the
 * notice is silent (left out or `notStated`), else what `given` makes of
 * it; `none` only where `none` is passed, for sections that can say so.
 */
export function statementOf<Section extends object, Given, None = never>(
  section: Section | undefined,
  given: (section: Section) => Given,
  none?: (section: Section) => None,
): Given | None | NotStatedStatement {
  if (section === undefined) return NOT_STATED;
  const state = stateOf(section);
  if (state === 'not-stated') return NOT_STATED;
  if (state === 'none' && none !== undefined) return none(section);
  return given(section);
}
