import { noticePointer, stated } from '../../model/index.ts';
import { fact, labelled, paragraph, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/**
 * Whether automated decisions or profiling take place, and if so how (GDPR
 * Art. 13(2)(f), 22): the notice's words, else each yes or no it states; the
 * logic and consequences in its words.
 */
export const automatedSection: SectionBuilder = {
  key: 'automated',
  build(context) {
    const statement = stated(context.notice.document.automatedDecisionMaking);
    if (statement === undefined) return [];
    const blocks = context.blocks(statement.description, noticePointer('automatedDecisionMaking', 'description'));
    if (blocks.length === 0) {
      for (const [key, value] of [
        ['automated.decisions', statement.automatedDecisions],
        ['automated.profiling', statement.profiling],
      ] as const) {
        if (value !== undefined) blocks.push(fact(labelled(context.t(key), [text(context.t(value ? 'common.yes' : 'common.no'))])));
      }
    }
    if (statement.logic !== undefined)
      blocks.push(paragraph(labelled(context.t('automated.logic'), context.inline(statement.logic, noticePointer('automatedDecisionMaking', 'logic')))));
    if (statement.consequences !== undefined)
      blocks.push(
        paragraph(
          labelled(context.t('automated.consequences'), context.inline(statement.consequences, noticePointer('automatedDecisionMaking', 'consequences'))),
        ),
      );
    return blocks;
  },
};
