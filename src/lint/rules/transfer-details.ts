import { noticePointer, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

const COPY_NEEDED = new Set(['standard-contractual-clauses', 'binding-corporate-rules', 'code-of-conduct', 'certification', 'ad-hoc-clauses']);

export const transferDetails = defineRule({
  meta: {
    id: 'transfer-details',
    description: 'Transfers outside the EU/EEA name their destination and safeguard, and where to get a copy of it.',
    law: [
      { source: 'GDPR', provision: 'Art. 13(1)(f), 14(1)(f)' },
      { source: 'GDPR', provision: 'Art. 45–49' },
    ],
    messages: {
      noDestination:
        'Transfers outside the EU/EEA are said to be {{status}}, but no destination and safeguard is given: list each transfer in `transfers.destinations` with its countries and mechanism (GDPR Art. 13(1)(f)), or state `outsideEea: none`',
      noCopy:
        'A transfer on {{mechanism}} must say how to obtain a copy of the safeguards or where they are available (GDPR Art. 13(1)(f)): add `safeguardsCopy`',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const transfers = stated(notice.document.transfers);
    if (transfers === undefined || transfers.outsideEea === 'none') return;
    if (transfers.destinations === undefined) {
      if (transfers.outsideEea === undefined) return;
      context.report({
        pointer: noticePointer('transfers', 'outsideEea'),
        messageId: 'noDestination',
        data: { status: transfers.outsideEea === 'possible' ? 'possible' : 'made' },
      });
      return;
    }
    transfers.destinations.forEach((destination, index) => {
      if (COPY_NEEDED.has(destination.mechanism) && destination.safeguardsCopy === undefined)
        context.report({
          pointer: noticePointer('transfers', 'destinations', index, 'mechanism'),
          messageId: 'noCopy',
          data: { mechanism: destination.mechanism },
        });
    });
  },
});
