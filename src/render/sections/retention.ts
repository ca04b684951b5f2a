import type { BlockContent } from 'mdast';
import type { RetentionRule } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { formatDuration } from '../format.ts';
import { fact, labelled, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** How long the data are kept: each rule in the notice's words, then its period or criterion. */
export const retentionSection: SectionBuilder = {
  key: 'retention',
  build(context) {
    const { retention } = context.notice.document;
    if (retention === undefined) return [];
    const blocks: BlockContent[] = [];
    retention.rules.forEach((rule, index) => {
      const pointer = `/retention/rules/${index}`;
      blocks.push(...context.blocks(rule.description, `${pointer}/description`));
      blocks.push(fact([text(retentionSentence(rule, pointer, context))]));
      const scope = appliesTo(rule, context);
      if (scope !== undefined) blocks.push(fact(labelled(context.t('retention.appliesTo'), [text(scope)])));
    });
    blocks.push(...context.blocks(retention.note, '/retention/note'));
    return blocks;
  },
};

/** `Säilytetään 2 vuotta sen jälkeen, kun asiakassuhde päättyy.` and the law that sets it. */
export function retentionSentence(rule: RetentionRule, pointer: string, context: RenderContext): string {
  const events = rule.until === undefined ? undefined : context.texts.or(rule.until.map((event) => context.t(`event.${event}`)));
  const period = rule.period === undefined ? undefined : formatDuration(rule.period, context);
  const sentence =
    period !== undefined && events !== undefined
      ? context.t('retention.after', { period, events })
      : period !== undefined
        ? context.t('retention.for', { period })
        : context.t('retention.until', { events });
  const law = context.plain(rule.law, `${pointer}/law`);
  return law === undefined ? sentence : `${sentence} ${context.t('retention.law', { law })}`;
}

function appliesTo(rule: RetentionRule, context: RenderContext): string | undefined {
  if (rule.appliesTo === undefined) return undefined;
  const { document } = context.notice;
  const names = [
    ...(rule.appliesTo.purposes ?? []).map((id) => {
      const index = document.purposes.items.findIndex((purpose) => purpose.id === id);
      const purpose = document.purposes.items[index];
      return context.plain(purpose?.name ?? purpose?.description, `/purposes/items/${index}/${purpose?.name === undefined ? 'description' : 'name'}`);
    }),
    ...(rule.appliesTo.dataCategories ?? []).map((id) => {
      const index = document.dataCategories?.items.findIndex((category) => category.id === id) ?? -1;
      return context.plain(document.dataCategories?.items[index]?.label, `/dataCategories/items/${index}/label`);
    }),
    ...(rule.appliesTo.dataSubjects ?? []).map((id) => {
      const index = document.dataSubjects?.groups.findIndex((group) => group.id === id) ?? -1;
      return context.plain(document.dataSubjects?.groups[index]?.label, `/dataSubjects/groups/${index}/label`);
    }),
  ].filter((name): name is string => name !== undefined);
  return context.texts.and(names);
}
