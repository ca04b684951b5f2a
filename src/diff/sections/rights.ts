import { stated } from '../../model/index.ts';
import { item, matchItems, property, ROOT, type Aligned } from '../align.ts';
import type { DiffContext } from '../context.ts';
import { wordDiff } from '../word-diff.ts';
import { changeValue, sameValue } from '../values.ts';

const RIGHTS = property(ROOT, 'rights');
const ITEMS = property(RIGHTS, 'items');

/** What decides whether and how a right can be used: the notice's conditions, fee, identification, deadline, and whether and to what it applies. */
const CONDITIONS = ['conditions', 'fee', 'identification', 'deadline', 'applies', 'appliesTo'] as const;

/**
 * The rights as the notice lists them: a right listed or no longer listed,
 * and the conditions of each right and of all of them (minor: the rights
 * themselves are the law's, not the notice's). Conditions written in words
 * are compared word by word, in each language both versions share.
 */
export function compareRights(context: DiffContext, languages: readonly string[]): void {
  const before = stated(context.old.document.rights);
  const after = stated(context.new.document.rights);
  const matched = matchItems(before?.items, after?.items);
  for (const { key, item: right, index } of matched.added)
    context.add({
      kind: 'rights-changed',
      significance: 'minor',
      id: right.covers.join(','),
      to: [...right.covers],
      place: item(ITEMS, key, undefined, index),
    });
  for (const { key, item: right, index } of matched.removed)
    context.add({
      kind: 'rights-changed',
      significance: 'minor',
      id: right.covers.join(','),
      from: [...right.covers],
      place: item(ITEMS, key, index, undefined),
    });
  for (const { key, old, new: current } of matched.kept) {
    compareConditions(context, old.item, current.item, item(ITEMS, key, old.index, current.index), current.item.covers.join(','), languages);
  }
  if (before !== undefined && after !== undefined) compareConditions(context, before, after, RIGHTS, undefined, languages);
}

function compareConditions(context: DiffContext, old: object, current: object, place: Aligned, id: string | undefined, languages: readonly string[]): void {
  const oldFields = old as Readonly<Record<string, unknown>>;
  const newFields = current as Readonly<Record<string, unknown>>;
  for (const field of CONDITIONS) {
    if (field === 'applies' && place === RIGHTS) continue;
    const [before, after] = [oldFields[field], newFields[field]];
    if (sameValue(before, after)) continue;
    const at = property(place, field);
    const base = { kind: 'rights-changed' as const, significance: 'minor' as const, ...(id === undefined ? {} : { id }), covers: 'all' as const };
    if ((isText(before) || before === undefined) && (isText(after) || after === undefined)) {
      for (const language of languages) {
        const [a, b] = [before?.[language], after?.[language]];
        if (a === b) continue;
        context.add({ ...base, language, words: wordDiff(a ?? '', b ?? ''), place: property(at, language) });
      }
      context.claim('notice', at.path, 'all');
      continue;
    }
    const from = changeValue(before);
    const to = changeValue(after);
    context.add({
      ...base,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      place: { path: at.path, ...(before === undefined ? {} : { old: at.old ?? '' }), ...(after === undefined ? {} : { new: at.new ?? '' }) },
    });
  }
}

/** Whether a value of a rights field is a text in the notice's languages (`conditions`, `identification`). */
function isText(value: unknown): value is Readonly<Record<string, string | undefined>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'string');
}
