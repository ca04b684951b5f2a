import { noticePointer, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const recipientsNamed = defineRule({
  meta: {
    id: 'recipients-named',
    description: 'Processors and other recipients are named where possible, not only described by category.',
    law: [
      { source: 'GDPR', provision: 'Art. 13(1)(e)' },
      { source: 'WP260', provision: 'Annex, Art. 13(1)(e)' },
    ],
    messages: {
      unnamed:
        'Recipient `{{id}}` ({{role}}) is given only as a category: the transparency guidelines prefer named recipients; add `name` where it can be published',
    },
    defaultSeverity: 'info',
    recommended: true,
  },
  check(notice, context) {
    stated(notice.document.recipients)?.items?.forEach((recipient, index) => {
      if (recipient.name === undefined && recipient.role !== 'authority')
        context.report({ pointer: noticePointer('recipients', 'items', index), messageId: 'unnamed', data: { id: recipient.id, role: recipient.role } });
    });
  },
});
