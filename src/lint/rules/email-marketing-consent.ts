import { noticePointer } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { ELECTRONIC_CHANNELS, purposesWithBasis } from '../helpers.ts';

export const emailMarketingConsent = defineRule({
  meta: {
    id: 'email-marketing-consent',
    description: 'Electronic direct marketing to consumers rests on prior consent, or on the existing-customer exception with all its conditions.',
    law: [{ source: 'Laki sähköisen viestinnän palveluista 917/2014', provision: '200 §' }],
    messages: {
      consumers:
        'Direct marketing by {{channels}} to consumers needs their prior consent (917/2014 §200): make consent the basis of purpose `{{id}}`, or state the existing-customer exception with all three conditions in `existingCustomers`; marketing to business contacts can be a separate purpose',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    for (const { purpose, index, codes } of purposesWithBasis(notice)) {
      const marketing = purpose.directMarketing;
      if (marketing === undefined || !marketing.audiences.includes('consumers') || codes.has('consent')) continue;
      const electronic = marketing.channels.filter((channel) => ELECTRONIC_CHANNELS.has(channel));
      if (electronic.length === 0) continue;
      const exception = marketing.existingCustomers;
      if (exception?.sameProductGroup === true && exception.informedAtCollection && exception.optOutInEveryMessage) continue;
      context.report({
        pointer: noticePointer('purposes', 'items', index, 'directMarketing', 'audiences'),
        messageId: 'consumers',
        data: { channels: electronic.join(', '), id: purpose.id },
      });
    }
  },
});
