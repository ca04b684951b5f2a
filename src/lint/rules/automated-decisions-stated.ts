import { noticePointer, stated, stateOf } from '../../model/index.ts';
import { gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const automatedDecisionsStated = defineRule({
  meta: {
    id: 'automated-decisions-stated',
    description: 'The notice says whether automated decisions or profiling take place, and explains them when they do.',
    law: [{ source: 'GDPR', provision: 'Art. 13(2)(f), 14(2)(g), 22' }],
    messages: {
      missing:
        'The notice does not say whether automated decisions or profiling take place: add `automatedDecisionMaking: {automatedDecisions: …, profiling: …}` (GDPR Art. 13(2)(f))',
      unexplained:
        'Automated decisions take place, so the notice must give meaningful information about the logic and the significance and consequences (GDPR Art. 13(2)(f)): add `logic` and `consequences`',
    },
    defaultSeverity: 'error',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const section = notice.document.automatedDecisionMaking;
    if (stateOf(section) === 'not-stated') {
      context.report({ ...gapPlace(section, noticePointer('automatedDecisionMaking')), messageId: 'missing' });
      return;
    }
    const statement = stated(section);
    if (statement?.automatedDecisions === true && (statement.logic === undefined || statement.consequences === undefined))
      context.report({ pointer: noticePointer('automatedDecisionMaking', 'automatedDecisions'), messageId: 'unexplained' });
  },
});
