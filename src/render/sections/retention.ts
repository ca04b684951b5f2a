import type { BlockContent, PhrasingContent } from 'mdast';
import type { RetentionRule } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { formatDuration } from '../format.ts';
import { fact, labelled, list, listItem, paragraph, text } from '../nodes.ts';
import { joinAnd, nameOf, textAround } from '../references.ts';
import type { SectionBuilder } from './section.ts';

/** How long the data are kept: each rule with what it applies to, in the notice's words, then its period or criterion. */
export const retentionSection: SectionBuilder = {
  key: 'retention',
  build(context) {
    const { retention } = context.notice.document;
    if (retention === undefined) return [];
    const rules = retention.rules.map((rule, index): BlockContent[] => {
      const pointer = `/retention/rules/${index}`;
      const scope = retentionScope(rule, context);
      return [
        ...(scope.length > 0 ? [paragraph(labelled(context.t('retention.appliesTo'), scope))] : []),
        ...context.blocks(rule.description, `${pointer}/description`),
        fact(retentionSentence(rule, pointer, context)),
      ];
    });
    // Several rules are a list, so that each description stays with its period.
    const blocks: BlockContent[] = rules.length === 1 ? (rules[0] ?? []) : [list(rules.map((rule) => listItem(rule)), 'rules')];
    blocks.push(...context.blocks(retention.note, '/retention/note'));
    return blocks;
  },
};

/** `Säilytetään 2 vuotta sen jälkeen, kun asiakassuhde päättyy.` and the law that sets it. */
export function retentionSentence(rule: RetentionRule, pointer: string, context: RenderContext): PhrasingContent[] {
  const events = rule.until === undefined ? undefined : context.texts.or(rule.until.map((event) => context.t(`event.${event}`)));
  const period = rule.period === undefined ? undefined : formatDuration(rule.period, context);
  const sentence =
    period !== undefined && events !== undefined
      ? context.t('retention.after', { period, events })
      : period !== undefined
        ? context.t('retention.for', { period })
        : context.t('retention.until', { events });
  const law = context.inlineTrimmed(rule.law, `${pointer}/law`);
  return law.length === 0 ? [text(sentence)] : [text(`${sentence} `), ...textAround([law], ([mark]) => context.t('retention.law', { law: mark }))];
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
