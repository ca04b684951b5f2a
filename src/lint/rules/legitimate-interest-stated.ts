import { defineRule } from '../rule.ts';
import { statedEntries } from '../stated-entries.ts';

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
    for (const { entry, pointer, statement } of statedEntries(notice)) {
      // the notice's own wording of the basis (of this one, or of the whole statement) counts as stating the interests
      if (
        entry.basis === 'legitimate-interests' &&
        entry.legitimateInterest === undefined &&
        entry.description === undefined &&
        statement.description === undefined
      ) {
        context.report({ pointer, messageId: 'missing', target: 'key' });
      }
    }
  },
});
