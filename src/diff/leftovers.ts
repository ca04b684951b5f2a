import { item, keyedItems, property, type Aligned } from './align.ts';
import type { Claim, DiffContext, DiffFile } from './context.ts';
import { changeValue, sameValue } from './values.ts';
import { wordDiff } from './word-diff.ts';

/** One version of a document as the leftover comparison reads it: its data and where its texts are. */
export interface DocumentVersion {
  readonly data: unknown;
  /** The pointers of its localized texts (`{fi: …, en: …}`). */
  readonly texts: ReadonlySet<string>;
}

/**
 * Compares what no section's comparison claimed, along both documents at
 * once (list items matched by key, see `keyedItems`): each text that differs
 * in a language both versions share is an editorial change with its words;
 * any other value that differs is a minor change of a value. Where a
 * section's comparison claimed the values, a text that is only in one
 * version came or went with them and is not reported again. Keys named
 * `notStated` are never compared: their notes are for the legal team.
 */
export function compareLeftovers(context: DiffContext, file: DiffFile, old: DocumentVersion, current: DocumentVersion, root: Aligned, claims: readonly Claim[], languages: readonly string[]): void {
  const own = claims.filter((claim) => claim.file === file);
  const covered = (path: string, covers: 'all' | 'values') => own.some((claim) => (claim.covers === 'all' || covers === 'values') && (path === claim.path || path.startsWith(`${claim.path}/`)));

  const walk = (before: unknown, after: unknown, place: Aligned): void => {
    if (covered(place.path, 'all')) return;
    if ((place.old !== undefined && old.texts.has(place.old)) || (place.new !== undefined && current.texts.has(place.new))) {
      compareText(before as Readonly<Record<string, string>> | undefined, after as Readonly<Record<string, string>> | undefined, place);
      return;
    }
    if (Array.isArray(before) || Array.isArray(after)) {
      const a = Array.isArray(before) ? before : [];
      const b = Array.isArray(after) ? after : [];
      if ([...a, ...b].every((entry) => typeof entry !== 'object' || entry === null)) {
        if (!sameValue(before, after)) valueChanged(before, after, place);
        return;
      }
      const oldItems = new Map(keyedItems(a).map((entry) => [entry.key, entry]));
      const newItems = new Map(keyedItems(b).map((entry) => [entry.key, entry]));
      for (const key of new Set([...newItems.keys(), ...oldItems.keys()])) {
        const [was, is] = [oldItems.get(key), newItems.get(key)];
        const at = item(place, key, was?.index, is?.index);
        // an item only in one version is one change, however much it says
        if (was === undefined || is === undefined) valueChanged(was?.item, is?.item, at);
        else walk(was.item, is.item, at);
      }
      return;
    }
    if (isRecord(before) || isRecord(after)) {
      const a = isRecord(before) ? before : {};
      const b = isRecord(after) ? after : {};
      for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
        if (key === 'notStated') continue;
        const at = property(place, key);
        walk(a[key], b[key], { path: at.path, ...(key in a && at.old !== undefined ? { old: at.old } : {}), ...(key in b && at.new !== undefined ? { new: at.new } : {}) });
      }
      return;
    }
    if (!sameValue(before, after)) valueChanged(before, after, place);
  };

  const valueChanged = (before: unknown, after: unknown, place: Aligned): void => {
    if (covered(place.path, 'values')) return;
    const from = changeValue(before);
    const to = changeValue(after);
    context.add({ kind: 'value-changed', significance: 'minor', file, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }), place, covers: 'none' });
  };

  const compareText = (before: Readonly<Record<string, string>> | undefined, after: Readonly<Record<string, string>> | undefined, place: Aligned): void => {
    // where a section's comparison reported a change of values, the texts that came or went with it are part of that change
    const withValues = covered(place.path, 'values');
    for (const language of languages) {
      const [a, b] = [before?.[language], after?.[language]];
      if (a === b || (withValues && (a === undefined || b === undefined))) continue;
      const at = property(place, language);
      context.add({
        kind: 'text-changed',
        significance: 'editorial',
        file,
        language,
        words: wordDiff(a ?? '', b ?? ''),
        place: { path: at.path, ...(a === undefined || at.old === undefined ? {} : { old: at.old }), ...(b === undefined || at.new === undefined ? {} : { new: at.new }) },
        covers: 'none',
      });
    }
  };

  walk(old.data, current.data, root);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
