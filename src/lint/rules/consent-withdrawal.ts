import { defineRule } from '../rule.ts';

export const consentWithdrawal = defineRule({
  meta: {
    id: 'consent-withdrawal',
    description: 'A purpose resting on consent says how to withdraw it.',
    law: [{ source: 'GDPR', provision: 'Art. 7(3), 13(2)(c), 14(2)(d)' }],
    messages: { missing: 'Consent is the basis here, but the notice does not say how to withdraw it: add `howToWithdraw`; withdrawing must be as easy as giving consent (GDPR Art. 7(3))' },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const { document } = notice;
    if (document.legalBasis?.basis === 'consent' && document.legalBasis.howToWithdraw === undefined) context.report({ pointer: '/legalBasis', messageId: 'missing', target: 'key' });
    document.purposes.items.forEach((purpose, index) => {
      if (purpose.legalBasis?.basis === 'consent' && purpose.legalBasis.howToWithdraw === undefined) context.report({ pointer: `/purposes/items/${index}/legalBasis`, messageId: 'missing', target: 'key' });
    });
  },
});
