import { noticePointer, stateOf } from '../../model/index.ts';
import { gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const recipientsStated = defineRule({
  meta: {
    id: 'recipients-stated',
    description: 'The notice says to whom the data are disclosed, or that they are not.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(e), 14(1)(e), 30(1)(d)' }],
    messages: {
      missing: 'The notice does not say to whom the data are disclosed: list `recipients.items`, or state `recipients: {none: true}` (GDPR Art. 13(1)(e))',
      unlisted:
        'The notice describes disclosures only in general words: list the recipients or their categories in `recipients.items`, or, if nothing is disclosed, state `recipients: {none: true}` (GDPR Art. 13(1)(e))',
    },
    defaultSeverity: 'error',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const { recipients } = notice.document;
    const state = stateOf(recipients);
    if (state === 'not-stated') context.report({ ...gapPlace(recipients, noticePointer('recipients')), messageId: 'missing' });
    else if (state === 'given' && (recipients?.items?.length ?? 0) === 0)
      context.report({ pointer: noticePointer('recipients'), target: 'key', messageId: 'unlisted' });
  },
});
