import { defineRule } from '../rule.ts';

export const recipientsStated = defineRule({
  meta: {
    id: 'recipients-stated',
    description: 'The notice says to whom the data are disclosed, or that they are not.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(e), 14(1)(e), 30(1)(d)' }],
    messages: { missing: 'The notice does not say to whom the data are disclosed: list `recipients.items`, or state `recipients: {none: true}` (GDPR Art. 13(1)(e))' },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const { recipients } = notice.document;
    if (recipients?.none === true || (recipients?.items?.length ?? 0) > 0) return;
    context.report({ pointer: recipients === undefined ? '' : '/recipients', messageId: 'missing', target: 'key' });
  },
});
