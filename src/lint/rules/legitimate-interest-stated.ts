import { statedBasesWithPointers } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const legitimateInterestStated = defineRule({
  meta: {
    id: 'legitimate-interest-stated',
    description: 'A purpose resting on legitimate interests says what the interests are.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(d), 14(2)(b)' }],
    messages: { missing: 'The legitimate interests pursued are not stated: give them in `legitimateInterest` (GDPR Art. 13(1)(d))' },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    for (const { basis, pointer } of statedBasesWithPointers(notice)) {
      // the notice's own wording of the basis counts as stating the interests
      if (basis.basis === 'legitimate-interests' && basis.legitimateInterest === undefined && basis.description === undefined) context.report({ pointer, messageId: 'missing', target: 'key' });
    }
  },
});
