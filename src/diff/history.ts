import type { LocaleTexts } from '../i18n/index.ts';
import { valueIn, type LocalizedText, type Notice } from '../model/index.ts';
import { describeChange } from './describe.ts';
import { diffNotices } from './diff-notices.ts';
import { countBySignificance } from './summary.ts';
import type { Change, NoticeDiff, Significance } from './types.ts';
import { sameValue } from './values.ts';

/** One version of a notice, as a history is made of: its model, and where it came from. */
export interface NoticeVersion {
  readonly notice: Notice;
  /** When it took effect, where known otherwise than from the notice (a tag's or commit's date); else its `lastUpdated`. */
  readonly date?: string;
  /** The git revision (commit or tag) it was read from, where it was. */
  readonly revision?: string;
}

/** An entry of a notice's own change log. */
export interface ChangeNote {
  readonly date: string;
  readonly description: LocalizedText;
}

/**
 * The change notes a new version adds: the entries of its `changes.log`
 * dated after the previous version's `lastUpdated`, or, where the previous
 * version gives no date, those it did not have.
 */
export function newChangeNotes(old: Notice, current: Notice): ChangeNote[] {
  const since = old.document.lastUpdated;
  const before = old.document.changes?.log ?? [];
  return (current.document.changes?.log ?? []).filter((entry) => (since === undefined ? !before.some((known) => sameValue(known, entry)) : entry.date > since));
}

/** What one version changed since the one before it, language-neutral: what a record's change history holds. */
export interface VersionChanges {
  readonly date?: string;
  readonly revision?: string;
  /** The version before, absent for the first one. */
  readonly previous?: { readonly date?: string; readonly revision?: string };
  readonly counts: Readonly<Record<Significance, number>>;
  readonly changes: readonly Change[];
  /** The notice's own notes of the changes: the entries of its log this version adds (all of them for the first). */
  readonly notes: readonly ChangeNote[];
  /** The diff itself, for what a page or a tool wants beyond the list (places, words). Absent for the first version. */
  readonly diff?: NoticeDiff;
}

/**
 * The change history of a notice from its versions, oldest first: for each
 * version, newest first in the result, its date, what changed since the
 * version before it and the notice's own notes of it. The first version has
 * no changes, only the notes it was published with.
 */
export function versionChanges(versions: readonly NoticeVersion[]): VersionChanges[] {
  return versions
    .map((version, index): VersionChanges => {
      const previous = versions[index - 1];
      const date = dateOf(version);
      const base = { ...(date === undefined ? {} : { date }), ...(version.revision === undefined ? {} : { revision: version.revision }) };
      if (previous === undefined) return { ...base, counts: countBySignificance([]), changes: [], notes: version.notice.document.changes?.log ?? [] };
      const diff = diffNotices(previous.notice, version.notice);
      const previousDate = dateOf(previous);
      return {
        ...base,
        previous: {
          ...(previousDate === undefined ? {} : { date: previousDate }),
          ...(previous.revision === undefined ? {} : { revision: previous.revision }),
        },
        counts: countBySignificance(diff.changes),
        changes: diff.changes,
        notes: newChangeNotes(previous.notice, version.notice),
        diff,
      };
    })
    .reverse();
}

function dateOf(version: NoticeVersion): string | undefined {
  return version.date ?? version.notice.document.lastUpdated;
}

/** An entry of a change history in one language: what a notice page's “Changes” section lists. */
export interface HistoryEntry {
  readonly date?: string;
  readonly revision?: string;
  /** The material changes in plain language: “New purpose: Coffee courses”. */
  readonly material: readonly string[];
  /** How many other changes there were: minor and editorial. */
  readonly minor: number;
  readonly editorial: number;
  /** The notice's own notes, in the language asked for where the notice has it (`lang` says which). */
  readonly notes: readonly { readonly date: string; readonly text: string; readonly lang: string | undefined }[];
}

/**
 * A notice's change history in the locale of `texts`, from its versions
 * (oldest first), newest first: each version's date, its material changes in
 * plain language, how many minor and editorial ones, and the notice's own
 * change notes beside them.
 */
export function changeHistory(versions: readonly NoticeVersion[], texts: LocaleTexts): HistoryEntry[] {
  const languages = versions.at(-1)?.notice.languages ?? [];
  return versionChanges(versions).map((entry) => ({
    ...(entry.date === undefined ? {} : { date: entry.date }),
    ...(entry.revision === undefined ? {} : { revision: entry.revision }),
    material: entry.changes.filter((change) => change.significance === 'material').map((change) => describeChange(change, texts, languages)),
    minor: entry.counts.minor,
    editorial: entry.counts.editorial,
    notes: entry.notes.flatMap((note) => {
      const found = valueIn(note.description, texts.locale, languages);
      return found === undefined ? [] : [{ date: note.date, text: found.value, lang: found.lang }];
    }),
  }));
}
