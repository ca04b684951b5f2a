import {
  collectionItems,
  effectiveLegalBasis,
  namingText,
  purposeDataCategories,
  purposeDataSubjects,
  purposeRecipients,
  purposeSources,
  purposesOf,
  stated,
  type IdCollectionName,
  type Notice,
  type PerLanguage,
  type Purpose,
} from '../../model/index.ts';
import { item, matchItems, property, ROOT, type Aligned } from '../align.ts';
import type { DiffContext } from '../context.ts';
import type { BasisValue, NamedItem } from '../types.ts';
import { basisValues, sameValue } from '../values.ts';

const PURPOSES = property(property(ROOT, 'purposes'), 'items');

/** What a purpose is called in a change: as the notice names it elsewhere (its name, else its label, else its description). */
export function purposeLabel(notice: Notice, purpose: Purpose): PerLanguage<string> {
  return namingText(notice.document, 'purposes', purpose.id)?.text ?? purpose.description;
}

/** The collections a purpose draws on by id: which of its keys names them, and the items it uses. */
const LINKS = [
  { key: 'dataSubjects', of: purposeDataSubjects },
  { key: 'dataCategories', of: purposeDataCategories },
  { key: 'sources', of: purposeSources },
  { key: 'recipients', of: purposeRecipients },
] as const satisfies readonly { readonly key: IdCollectionName & keyof Purpose; readonly of: unknown }[];

/**
 * Purposes added and removed, and for a purpose in both versions: the data
 * subjects, categories, sources and recipients it now uses or no longer uses
 * (those new to the notice or gone from it are reported on their own), and its
 * legal basis; the legal basis stated for all purposes is compared once.
 */
export function comparePurposes(context: DiffContext): void {
  const matched = matchItems(purposesOf(context.old), purposesOf(context.new));
  for (const { key, item: purpose, index } of matched.added) {
    context.add({
      kind: 'purpose-added',
      significance: 'material',
      id: purpose.id,
      label: purposeLabel(context.new, purpose),
      place: item(PURPOSES, key, undefined, index),
    });
  }
  for (const { key, item: purpose, index } of matched.removed) {
    context.add({
      kind: 'purpose-removed',
      significance: 'minor',
      id: purpose.id,
      label: purposeLabel(context.old, purpose),
      place: item(PURPOSES, key, index, undefined),
    });
  }
  // the ids each version lists in each collection, found once for all purposes, when a purpose names some
  const ids = new Map<string, ReadonlySet<string>>();
  const listed = (notice: Notice, key: IdCollectionName): ReadonlySet<string> => {
    const cacheKey = `${notice === context.old ? 'old' : 'new'}:${key}`;
    let found = ids.get(cacheKey);
    if (found === undefined) ids.set(cacheKey, (found = new Set(allIds(notice, key))));
    return found;
  };
  for (const { key, old, new: current } of matched.kept) {
    const place = item(PURPOSES, key, old.index, current.index);
    for (const link of LINKS) {
      // a purpose naming no items of a collection uses all of them, and items new to the notice or gone from it are changes of their own
      if (old.item[link.key] === undefined && current.item[link.key] === undefined) continue;
      compareLink(context, link, old.item, current.item, property(place, link.key), listed(context.old, link.key), listed(context.new, link.key));
    }
    compareBasis(context, old.index, current.index, place, current.item);
  }
  compareGeneralBasis(context);
}

function compareLink(
  context: DiffContext,
  link: (typeof LINKS)[number],
  old: Purpose,
  current: Purpose,
  place: Aligned,
  inOld: ReadonlySet<string>,
  inNew: ReadonlySet<string>,
): void {
  const before = link.of(context.old, old);
  const after = link.of(context.new, current);
  const beforeIds = new Set(before.map((entry) => entry.id));
  const afterIds = new Set(after.map((entry) => entry.id));
  // an item new to the notice, or gone from it, is a change of its own
  const widened = after.filter((entry) => !beforeIds.has(entry.id) && inOld.has(entry.id));
  const narrowed = before.filter((entry) => !afterIds.has(entry.id) && inNew.has(entry.id));
  const named = (entries: readonly { readonly id: string; readonly label: NamedItem['label'] }[]): NamedItem[] =>
    entries.map((entry) => ({ id: entry.id, ...(entry.label === undefined ? {} : { label: entry.label }) }));
  if (widened.length > 0)
    context.add({
      kind: 'purpose-scope-widened',
      significance: 'material',
      id: current.id,
      label: purposeLabel(context.new, current),
      items: named(widened),
      place,
    });
  if (narrowed.length > 0)
    context.add({
      kind: 'purpose-scope-narrowed',
      significance: 'minor',
      id: current.id,
      label: purposeLabel(context.new, current),
      items: named(narrowed),
      place,
      covers: widened.length > 0 ? 'none' : 'values',
    });
}

function allIds(notice: Notice, key: IdCollectionName): string[] {
  const items: readonly { readonly id: string }[] = collectionItems(notice.document, key);
  return items.map((entry) => entry.id);
}

/** A purpose's legal basis, its own or the notice's general one, compared across versions. */
function compareBasis(context: DiffContext, oldIndex: number, newIndex: number, purposePlace: Aligned, purpose: Purpose): void {
  const before = effectiveLegalBasis(context.old, oldIndex);
  const after = effectiveLegalBasis(context.new, newIndex);
  // a basis stated for all purposes in both versions is compared once, for all of them
  if (before?.scope === 'notice' && after?.scope === 'notice') return;
  if (before?.scope === after?.scope && sameValue(before?.statement, after?.statement)) return;
  const from = basisValues(before?.statement);
  const to = basisValues(after?.statement);
  if (sameValue(from, to)) return;
  const path = (scope: 'purpose' | 'notice' | undefined) => (scope === 'notice' ? '/legalBasis' : property(purposePlace, 'legalBasis').path);
  context.add({
    kind: 'legal-basis-changed',
    significance: basisSignificance(from, to),
    id: purpose.id,
    label: purposeLabel(context.new, purpose),
    from,
    to,
    place: { path: path(after?.scope), ...(before === undefined ? {} : { old: before.pointer }), ...(after === undefined ? {} : { new: after.pointer }) },
  });
  context.claim('notice', path(before?.scope), 'values');
}

/** The legal basis the notice states for all purposes (that state none of their own), compared once. */
function compareGeneralBasis(context: DiffContext): void {
  const before = stated(context.old.document.legalBasis);
  const after = stated(context.new.document.legalBasis);
  const from = basisValues(before);
  const to = basisValues(after);
  if (sameValue(from, to)) return;
  context.add({
    kind: 'legal-basis-changed',
    significance: basisSignificance(from, to),
    from,
    to,
    place: { path: '/legalBasis', ...(before === undefined ? {} : { old: '/legalBasis' }), ...(after === undefined ? {} : { new: '/legalBasis' }) },
  });
}

/** Material when the new version names a basis, law or Art. 9(2) condition the old one did not; minor when only hedges change or something is dropped. */
function basisSignificance(from: readonly BasisValue[], to: readonly BasisValue[]): 'material' | 'minor' {
  const facts = (values: readonly BasisValue[]) =>
    new Set(
      values
        .flatMap((value) => [
          value.basis ?? '',
          ...(value.laws ?? []).map((law) => `law:${law}`),
          value.condition === undefined ? '' : `condition:${value.condition}`,
        ])
        .filter((fact) => fact !== ''),
    );
  const before = facts(from);
  return [...facts(to)].some((fact) => !before.has(fact)) || (from.length === 0 && to.length > 0) ? 'material' : 'minor';
}
