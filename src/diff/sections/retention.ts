import { purposesOf, stated, type Notice, type RetentionRule } from '../../model/index.ts';
import { item, matchItems, property, ROOT, type Aligned, type KeyedItem } from '../align.ts';
import type { ChangeInit, DiffContext } from '../context.ts';
import { compareDurations } from '../duration.ts';
import type { NamedItem } from '../types.ts';
import { retentionValue, sameValue } from '../values.ts';
import { purposeLabel } from './purposes.ts';

const RULES = property(property(ROOT, 'retention'), 'rules');

/**
 * Retention rules, matched by what they cover and the events they count
 * from: a period lengthened is material, shortened minor; a criterion that
 * changed in another way (other events, a period where there was none, a
 * month against 30 days) is material, since readers must be told how long
 * their data are now kept. A rule that is new is material, one removed minor.
 */
export function compareRetention(context: DiffContext): void {
  const [before, after] = [rulesOf(context.old), rulesOf(context.new)];
  if (sameValue(before, after)) return;
  const matched = matchItems(before, after);
  for (const { key, old, new: current } of matched.kept) compareRule(context, old, current, item(RULES, key, old.index, current.index));
  // rules that cover the same things but count from other events changed their criterion
  const removed = [...matched.removed];
  for (const added of matched.added) {
    const index = removed.findIndex((candidate) => sameValue(candidate.item.appliesTo, added.item.appliesTo));
    const partner = removed[index];
    const place = item(RULES, added.key, partner?.index, added.index);
    if (partner === undefined) {
      context.add({ ...described(context, added.item, place), kind: 'retention-rule-added', significance: 'material', to: retentionValue(added.item) });
      continue;
    }
    removed.splice(index, 1);
    context.add({
      ...described(context, added.item, place),
      kind: 'retention-criterion-changed',
      significance: 'material',
      from: retentionValue(partner.item),
      to: retentionValue(added.item),
    });
    context.claim('notice', item(RULES, partner.key, partner.index, undefined).path, 'values');
  }
  for (const gone of removed) {
    context.add({
      ...described(context, gone.item, item(RULES, gone.key, gone.index, undefined)),
      kind: 'retention-rule-removed',
      significance: 'minor',
      from: retentionValue(gone.item),
    });
  }
}

function rulesOf(notice: Notice): readonly RetentionRule[] {
  return stated(notice.document.retention)?.rules ?? [];
}

function compareRule(context: DiffContext, old: KeyedItem<RetentionRule>, current: KeyedItem<RetentionRule>, place: Aligned): void {
  const from = retentionValue(old.item);
  const to = retentionValue(current.item);
  if (sameValue(from, to)) return;
  const base = described(context, current.item, place);
  const sameOtherwise = sameValue({ ...from, period: undefined }, { ...to, period: undefined });
  const comparison = from.period !== undefined && to.period !== undefined && sameOtherwise ? compareDurations(from.period, to.period) : 'incomparable';
  if (comparison === 'equal') context.claim('notice', place.path, 'values');
  else if (comparison === 'longer' || comparison === 'shorter')
    context.add({
      ...base,
      // a longer period must be told to people before it applies; a shorter one need not
      ...(comparison === 'longer' ? { kind: 'retention-lengthened', significance: 'material' } : { kind: 'retention-shortened', significance: 'minor' }),
      from: from.period ?? '',
      to: to.period ?? '',
      place: property(place, 'period'),
    });
  else context.add({ ...base, kind: 'retention-criterion-changed', significance: 'material', from, to });
  // the period was compared as a duration above; what else the rule says is left to the texts
  context.claim('notice', place.path, 'values');
}

/** The place of a rule, and what it covers (the purposes, data categories and groups it names) as items of the change. */
function described(context: DiffContext, rule: RetentionRule, place: Aligned): Pick<ChangeInit, 'place' | 'items'> {
  const { appliesTo } = rule;
  if (appliesTo === undefined) return { place };
  // an item gone from the new version is named as the old one named it
  const labels = new Map<string, NamedItem['label']>(
    [context.old, context.new].flatMap((notice) => [
      ...purposesOf(notice).map((purpose) => [purpose.id, purposeLabel(notice, purpose)] as const),
      ...(stated(notice.document.dataCategories)?.items ?? []).map((category) => [category.id, category.label] as const),
      ...(stated(notice.document.dataSubjects)?.groups ?? []).map((group) => [group.id, group.label] as const),
    ]),
  );
  const ids = [...(appliesTo.purposes ?? []), ...(appliesTo.dataCategories ?? []), ...(appliesTo.dataSubjects ?? [])];
  return {
    place,
    items: ids.map((id): NamedItem => {
      const label = labels.get(id);
      return label === undefined ? { id } : { id, label };
    }),
  };
}
