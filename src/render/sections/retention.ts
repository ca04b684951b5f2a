import type { BlockContent, PhrasingContent } from 'mdast';
import { at, noticePointer, stated, type Place, type RetentionRule } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { formatDuration } from '../format.ts';
import { lawCitations } from '../law.ts';
import { fact, labelled, list, listItem, paragraph, text } from '../nodes.ts';
import { joinAnd, nameOf, textAround } from '../references.ts';
import type { SectionBuilder } from './section.ts';

/**
 * How long the data are kept: each rule with what it applies to, then the
 * rule in the notice's words, or where it has none, its period or criterion.
 */
export const retentionSection: SectionBuilder = {
  key: 'retention',
  build(context) {
    const retention = stated(context.notice.document.retention);
    if (retention === undefined) return [];
    const rules = (retention.rules ?? []).map((rule, index): BlockContent[] => {
      const pointer = noticePointer('retention', 'rules', index);
      const scope = retentionScope(rule, context);
      const own = context.blocks(rule.description, at(pointer, 'description'));
      const sentence = own.length > 0 ? [] : retentionSentence(rule, pointer, context);
      return [
        ...(scope.length > 0 ? [paragraph(labelled(context.t('common.appliesTo'), scope))] : []),
        ...own,
        ...(sentence.length > 0 ? [fact(sentence)] : []),
      ];
    });
    // Several rules are a list, so that each description stays with its period.
    const blocks: BlockContent[] =
      rules.length === 1
        ? (rules[0] ?? [])
        : rules.length > 1
          ? [
              list(
                rules.map((rule) => listItem(rule)),
                'rules',
              ),
            ]
          : [];
    blocks.push(...context.blocks(retention.note, noticePointer('retention', 'note')));
    return blocks;
  },
};

/**
 * A rule's period or criterion in words, and the law that sets it:
 * `Säilytetään 2 vuotta sen jälkeen, kun sopimus päättyy.`, `Säilytetään
 * pysyvästi. Säädösperuste: arkistolaki (831/1994).` Empty when the rule
 * states none of them.
 */
export function retentionSentence(rule: RetentionRule, pointer: Place<RetentionRule>, context: RenderContext): PhrasingContent[] {
  const events = (codes: readonly string[] | undefined) =>
    codes === undefined ? undefined : context.texts.or(codes.map((event) => context.t(`event.${event}`)));
  const duration = rule.period === undefined ? undefined : formatDuration(rule.period, context);
  const period = duration !== undefined && rule.atLatest === true ? context.t('retention.atMost', { period: duration }) : duration;
  const after = events(rule.after);
  const until = events(rule.until);
  const sentences: string[] = [];
  if (rule.permanent === true) sentences.push(context.t('retention.permanent'));
  if (period !== undefined) {
    // `until` with a period counts the period from its events, as `after` does.
    const from = after ?? until;
    sentences.push(from === undefined ? context.t('retention.for', { period }) : context.t('retention.after', { period, events: from }));
    if (after !== undefined && until !== undefined) sentences.push(context.t('retention.until', { events: until }));
  } else if (until !== undefined) {
    sentences.push(context.t(rule.atLatest === true ? 'retention.untilAtLatest' : 'retention.until', { events: until }));
  }
  if (rule.recordsManagementPlan === true) sentences.push(context.t('retention.recordsManagementPlan'));
  const law = rule.law === undefined ? [] : lawCitations(rule.law, at(pointer, 'law'), context);
  const written = sentences.join(' ');
  if (law.length === 0) return written === '' ? [] : [text(written)];
  const cited = textAround([law], ([mark]) => context.t('retention.law', { law: mark }));
  return written === '' ? cited : [text(`${written} `), ...cited];
}

/** What a rule applies to, by the names of its purposes, data categories and groups; empty when it applies to everything. */
export function retentionScope(rule: RetentionRule, context: RenderContext): PhrasingContent[] {
  const scope = rule.appliesTo;
  if (scope === undefined) return [];
  return joinAnd(
    [
      ...(scope.purposes ?? []).map((id) => nameOf(context, 'purposes', id)),
      ...(scope.dataCategories ?? []).map((id) => nameOf(context, 'dataCategories', id)),
      ...(scope.dataSubjects ?? []).map((id) => nameOf(context, 'dataSubjects', id)),
    ],
    context,
  );
}
