import type { LocaleTexts } from '../i18n/index.ts';
import { describeChange } from './describe.ts';
import { countBySignificance } from './summary.ts';
import type { Change, NoticeDiff, Significance, VersionInfo } from './types.ts';

/** The version of the JSON form of a diff (`schemas/diff.schema.json`). */
export const DIFF_SCHEMA_VERSION = 1;

/** A diff as JSON (`schemas/diff.schema.json`): the versions, the counts, and each change with its sentence in one locale. */
export interface DiffJson {
  readonly schemaVersion: typeof DIFF_SCHEMA_VERSION;
  readonly notice: string;
  readonly locale: string;
  readonly old: VersionInfo;
  readonly new: VersionInfo;
  readonly counts: Readonly<Record<Significance, number>>;
  readonly changes: readonly (Change & { readonly message: string })[];
}

/**
 * A diff as the JSON document `seloste diff --format json` prints: plain
 * data, language-neutral but for each change's `message`, the plain-language
 * sentence in the locale of `texts`.
 */
export function diffToJson(diff: NoticeDiff, texts: LocaleTexts): DiffJson {
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    notice: diff.id,
    locale: texts.locale,
    old: diff.old,
    new: diff.new,
    counts: countBySignificance(diff.changes),
    changes: diff.changes.map((change) => ({ ...change, message: describeChange(change, texts, diff.new.languages) })),
  };
}
