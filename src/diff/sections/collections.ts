import {
  collectionItems,
  ID_COLLECTIONS,
  type DataCategory,
  type IdCollectionName,
  type LocalizedText,
  type Notice,
  type Recipient,
} from '../../model/index.ts';
import { item, matchItems, property, ROOT, type Aligned } from '../align.ts';
import type { DiffContext } from '../context.ts';
import type { ChangeKind } from '../types.ts';
import { sameValue } from '../values.ts';

/** An item of a collection the notice lists by id. */
interface Listed {
  readonly id: string;
  readonly label: LocalizedText;
}

/** How the changes of a collection's items are reported: their kinds, and what else is compared of an item in both versions. */
interface CollectionChanges {
  readonly added: ChangeKind;
  readonly removed: ChangeKind;
  readonly kept?: (context: DiffContext, old: Listed, current: Listed, place: Aligned) => void;
}

/** The collections compared here (purposes are compared on their own, with their legal bases). */
const collections: Readonly<Record<Exclude<IdCollectionName, 'purposes'>, CollectionChanges>> = {
  dataSubjects: { added: 'data-subject-group-added', removed: 'data-subject-group-removed' },
  dataCategories: { added: 'data-category-added', removed: 'data-category-removed', kept: compareKinds },
  sources: { added: 'source-added', removed: 'source-removed' },
  recipients: { added: 'recipient-added', removed: 'recipient-removed', kept: compareRole },
};

function itemsOf(notice: Notice, name: keyof typeof collections): readonly Listed[] {
  return collectionItems(notice.document, name);
}

/**
 * The data subject groups, data categories, sources and recipients added and
 * removed: something new is material (people must be told of a new kind of
 * data, group, source or recipient), something removed minor.
 */
export function compareCollections(context: DiffContext): void {
  for (const [name, changes] of Object.entries(collections) as [keyof typeof collections, CollectionChanges][]) {
    const [section, key] = ID_COLLECTIONS[name].path;
    const list = property(property(ROOT, section), key);
    const [before, after] = [itemsOf(context.old, name), itemsOf(context.new, name)];
    if (sameValue(before, after)) continue;
    const matched = matchItems(before, after);
    for (const { key: itemKey, item: entry, index } of matched.added)
      context.add({ kind: changes.added, significance: 'material', id: entry.id, label: entry.label, place: item(list, itemKey, undefined, index) });
    for (const { key: itemKey, item: entry, index } of matched.removed)
      context.add({ kind: changes.removed, significance: 'minor', id: entry.id, label: entry.label, place: item(list, itemKey, index, undefined) });
    for (const { key: itemKey, old, new: current } of matched.kept)
      changes.kept?.(context, old.item, current.item, item(list, itemKey, old.index, current.index));
    // the section saying `none` before or after is part of the items' change
    if (matched.added.length > 0 || matched.removed.length > 0) context.claim('notice', property(property(ROOT, section), 'none').path, 'values');
  }
}

/** A data category's kinds: a kind of data it did not include before is material. */
function compareKinds(context: DiffContext, old: Listed, current: Listed, place: Aligned): void {
  const before = (old as DataCategory).kinds ?? [];
  const after = (current as DataCategory).kinds ?? [];
  if (before.length === after.length && before.every((kind) => after.includes(kind))) return;
  const significance = after.some((kind) => !before.includes(kind)) ? 'material' : 'minor';
  context.add({
    kind: 'data-category-changed',
    significance,
    id: current.id,
    label: current.label,
    from: [...before],
    to: [...after],
    place: property(place, 'kinds'),
  });
}

/** A recipient's role: a processor becoming a controller in its own right is a new kind of disclosure. */
function compareRole(context: DiffContext, old: Listed, current: Listed, place: Aligned): void {
  const before = (old as Recipient).role;
  const after = (current as Recipient).role;
  if (before === after) return;
  context.add({
    kind: 'recipient-changed',
    significance: 'material',
    id: current.id,
    label: current.label,
    from: before,
    to: after,
    place: property(place, 'role'),
  });
}
