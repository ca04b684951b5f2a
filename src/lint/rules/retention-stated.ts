import { noticePointer, stateOf } from '../../model/index.ts';
import { gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const retentionStated = defineRule({
  meta: {
    id: 'retention-stated',
    description: 'The notice says how long the data are kept.',
    law: [{ source: 'GDPR', provision: 'Art. 13(2)(a), 14(2)(a), 30(1)(f)' }],
    messages: {
      missing: 'The notice does not say how long the data are kept: add `retention.rules` with a period or the event that ends storage (GDPR Art. 13(2)(a))',
    },
    defaultSeverity: 'error',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const section = notice.document.retention;
    if (stateOf(section) === 'not-stated') context.report({ ...gapPlace(section, noticePointer('retention')), messageId: 'missing' });
  },
});
