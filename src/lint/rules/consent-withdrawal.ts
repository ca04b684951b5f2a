import { statedBasesWithPointers } from '../helpers.ts';
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
    for (const { basis, pointer } of statedBasesWithPointers(notice)) {
      if (basis.basis === 'consent' && basis.howToWithdraw === undefined) context.report({ pointer, messageId: 'missing', target: 'key' });
    }
  },
});
