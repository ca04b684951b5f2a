import { defineRule } from '../rule.ts';

export const complaintRight = defineRule({
  meta: {
    id: 'complaint-right',
    description: 'A notice that lists the rights itself includes the right to complain to a supervisory authority.',
    law: [{ source: 'GDPR', provision: 'Art. 13(2)(d), 14(2)(e), 77' }],
    messages: { missing: 'The rights listed leave out the right to lodge a complaint with a supervisory authority (GDPR Art. 13(2)(d)): add an item covering `complaint`' },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const items = notice.document.rights?.items;
    if (items !== undefined && !items.some((item) => item.covers.includes('complaint'))) context.report({ pointer: '/rights/items', messageId: 'missing', target: 'key' });
  },
});
