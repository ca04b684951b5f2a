import { fact, labelled, paragraph, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** Whether automated decisions or profiling take place, and if so how (GDPR Art. 13(2)(f), 22). */
export const automatedSection: SectionBuilder = {
  key: 'automated',
  build(context) {
    const statement = context.notice.document.automatedDecisionMaking;
    if (statement === undefined) return [];
    const yesNo = (value: boolean) => [text(context.t(value ? 'common.yes' : 'common.no'))];
    const blocks = context.blocks(statement.description, '/automatedDecisionMaking/description');
    blocks.push(fact(labelled(context.t('automated.decisions'), yesNo(statement.automatedDecisions))), fact(labelled(context.t('automated.profiling'), yesNo(statement.profiling))));
    if (statement.logic !== undefined) blocks.push(paragraph(labelled(context.t('automated.logic'), context.inline(statement.logic, '/automatedDecisionMaking/logic'))));
    if (statement.consequences !== undefined) blocks.push(paragraph(labelled(context.t('automated.consequences'), context.inline(statement.consequences, '/automatedDecisionMaking/consequences'))));
    return blocks;
  },
};
