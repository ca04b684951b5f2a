import { noticePointer, stateOf } from '../../model/index.ts';
import { gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const transfersStated = defineRule({
  meta: {
    id: 'transfers-stated',
    description: 'The notice says whether data are transferred outside the EU/EEA.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(f), 14(1)(f)' }],
    messages: {
      missing: 'The notice does not say whether data leave the EU/EEA: add `transfers: {outsideEea: none}` or describe the transfers (GDPR Art. 13(1)(f))',
    },
    defaultSeverity: 'warning',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const section = notice.document.transfers;
    if (stateOf(section) === 'not-stated') context.report({ ...gapPlace(section, noticePointer('transfers')), messageId: 'missing' });
  },
});
