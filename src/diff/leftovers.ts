import { childPointer, escapeSegment } from '../source/index.ts';
import { keyedItems, type Aligned } from './align.ts';
import type { Claim, DiffContext, DiffFile } from './context.ts';
import { changeValue, sameValue } from './values.ts';
import { wordDiff } from './word-diff.ts';

/** One version of a document as the leftover comparison reads it: its data and its localized texts (`{fi: …, en: …}`), as the objects they are. */
export interface DocumentVersion {
  readonly data: unknown;
  readonly texts: ReadonlySet<object>;
}

/**
 * A step down both documents: the segment of the path of keys, and of each
 * version's pointer (absent where the version has nothing there). Pointers
 * and paths are spelt out only for what is reported.
 */
interface Step {
  readonly parent: Step | undefined;
  readonly segment: string;
  readonly old: string | number | undefined;
  readonly new: string | number | undefined;
}

/** A claim as the walk follows it: its path's segments, and how many of them the walk has matched. */
interface Following {
  readonly segments: readonly string[];
  readonly covers: Claim['covers'];
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
export function compareLeftovers(
  context: DiffContext,
  file: DiffFile,
  old: DocumentVersion,
  current: DocumentVersion,
  claims: readonly Claim[],
  languages: readonly string[],
): void {
  const place = (step: Step | undefined): Aligned => {
    const segments: Step[] = [];
    for (let at = step; at !== undefined; at = at.parent) segments.unshift(at);
    const complete = (side: 'old' | 'new') => segments.every((entry) => entry[side] !== undefined);
    return {
      path: segments.map((entry) => `/${entry.segment}`).join(''),
      ...(complete('old') ? { old: segments.reduce((pointer, entry) => childPointer(pointer, entry.old ?? ''), '') } : {}),
      ...(complete('new') ? { new: segments.reduce((pointer, entry) => childPointer(pointer, entry.new ?? ''), '') } : {}),
    };
  };

  const valueChanged = (before: unknown, after: unknown, step: Step | undefined): void => {
    const from = changeValue(before);
    const to = changeValue(after);
    context.add({
      kind: 'value-changed',
      significance: 'minor',
      file,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      place: place(step),
      covers: 'none',
    });
  };

  const compareText = (
    before: Readonly<Record<string, string>> | undefined,
    after: Readonly<Record<string, string>> | undefined,
    step: Step | undefined,
    withValues: boolean,
  ): void => {
    for (const language of languages) {
      const [a, b] = [before?.[language], after?.[language]];
      // where a section's comparison reported a change of values, the texts that came or went with it are part of that change
      if (a === b || (withValues && (a === undefined || b === undefined))) continue;
      context.add({
        kind: 'text-changed',
        significance: 'editorial',
        file,
        language,
        words: wordDiff(a ?? '', b ?? ''),
        place: place({
          parent: step,
          segment: escapeSegment(language),
          old: a === undefined ? undefined : language,
          new: b === undefined ? undefined : language,
        }),
        covers: 'none',
      });
    }
  };

  const walk = (before: unknown, after: unknown, step: Step | undefined, depth: number, following: readonly Following[]): void => {
    // the claims whose paths end here or above cover this place
    let withValues = false;
    for (let index = 0; index < following.length; index += 1) {
      const claim = following[index] as Following;
      if (claim.segments.length > depth) continue;
      if (claim.covers === 'all') return;
      withValues = true;
    }
    // most of a notice is as it was: a section or list item that is the same throughout is passed over whole
    if (depth <= 1 || step?.segment.startsWith('[') === true) {
      if (sameValue(before, after)) return;
    }
    if ((isRecord(before) && old.texts.has(before)) || (isRecord(after) && current.texts.has(after))) {
      compareText(before as Readonly<Record<string, string>> | undefined, after as Readonly<Record<string, string>> | undefined, step, withValues);
      return;
    }
    if (Array.isArray(before) || Array.isArray(after)) {
      const a: readonly unknown[] = Array.isArray(before) ? before : [];
      const b: readonly unknown[] = Array.isArray(after) ? after : [];
      if (isFlat(a) && isFlat(b)) {
        if (!withValues && !sameValue(before, after)) valueChanged(before, after, step);
        return;
      }
      const oldItems = new Map(keyedItems(a).map((entry) => [entry.key, entry]));
      const newItems = keyedItems(b);
      for (const entry of newItems) {
        const was = oldItems.get(entry.key);
        oldItems.delete(entry.key);
        const segment = `[${entry.key}]`;
        // an item only in one version is one change, however much it says
        if (was === undefined) {
          if (!withValues && !covered(following, depth, segment))
            valueChanged(undefined, entry.item, { parent: step, segment, old: undefined, new: entry.index });
        } else down(segment, was.item, entry.item, was.index, entry.index, step, depth, following);
      }
      for (const [key, was] of oldItems) {
        const segment = `[${key}]`;
        if (!withValues && !covered(following, depth, segment)) valueChanged(was.item, undefined, { parent: step, segment, old: was.index, new: undefined });
      }
      return;
    }
    if (isRecord(before) || isRecord(after)) {
      const a = isRecord(before) ? before : {};
      const b = isRecord(after) ? after : {};
      for (const key of Object.keys(b))
        if (key !== 'notStated') down(escapeSegment(key), a[key], b[key], key in a ? key : undefined, key, step, depth, following);
      for (const key of Object.keys(a))
        if (key !== 'notStated' && !(key in b)) down(escapeSegment(key), a[key], undefined, key, undefined, step, depth, following);
      return;
    }
    if (!withValues && !sameValue(before, after)) valueChanged(before, after, step);
  };

  /** One step down: the walk goes on with the claims that lead there. */
  const down = (
    segment: string,
    a: unknown,
    b: unknown,
    oldSegment: string | number | undefined,
    newSegment: string | number | undefined,
    step: Step | undefined,
    depth: number,
    following: readonly Following[],
  ): void => {
    const next = following.length === 0 ? following : following.filter((claim) => claim.segments.length <= depth || claim.segments[depth] === segment);
    walk(a, b, { parent: step, segment, old: oldSegment, new: newSegment }, depth + 1, next);
  };

  const own = claims.filter((claim) => claim.file === file).map((claim): Following => ({ segments: claim.path.split('/').slice(1), covers: claim.covers }));
  walk(old.data, current.data, undefined, 0, own);
}

/** Whether a claim covers an item one step down from where the walk is. */
function covered(following: readonly Following[], depth: number, segment: string): boolean {
  return following.some((claim) => claim.segments.length === depth + 1 && claim.segments[depth] === segment);
}

/** Whether a list holds only plain values (codes, ids): it is compared as one value. */
function isFlat(items: readonly unknown[]): boolean {
  return items.every((entry) => typeof entry !== 'object' || entry === null);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
