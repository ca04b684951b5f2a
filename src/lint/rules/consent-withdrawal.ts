import { stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { statedEntries } from '../stated-entries.ts';

export const consentWithdrawal = defineRule({
  meta: {
    id: 'consent-withdrawal',
    description: 'A purpose resting on consent says how to withdraw it.',
    law: [{ source: 'GDPR', provision: 'Art. 7(3), 13(2)(c), 14(2)(d)' }],
    messages: {
      missing:
        'Consent is the basis here, but the notice does not say how to withdraw it: add `howToWithdraw`; withdrawing must be as easy as giving consent (GDPR Art. 7(3))',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    // the notice may say how to withdraw in its list of rights, in its own words about that right
    const saidInRights = (stated(notice.document.rights)?.items ?? []).some(
      (item) => item.applies !== false && item.covers.includes('withdraw-consent') && item.description !== undefined,
    );
    if (saidInRights) return;
    for (const { entry, pointer } of statedEntries(notice)) {
      if (entry.basis === 'consent' && entry.howToWithdraw === undefined) context.report({ pointer, messageId: 'missing', target: 'key' });
    }
  },
});
