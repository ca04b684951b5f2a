import { defineRule } from '../rule.ts';
import { purposesWithBasis } from '../helpers.ts';

export const legalBasisPerPurpose = defineRule({
  meta: {
    id: 'legal-basis-per-purpose',
    description: 'Every purpose has a legal basis, its own or one the notice states for all purposes.',
    law: [{ source: 'GDPR', provision: 'Art. 6(1), 13(1)(c), 14(1)(c)' }],
    messages: { missing: 'Purpose `{{id}}` has no legal basis: give `legalBasis: {basis: …}` (GDPR Art. 6(1)(a)–(f)), the basis this purpose rests on (Art. 13(1)(c))' },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    for (const { purpose, index, basis } of purposesWithBasis(notice)) {
      if (basis === undefined) context.report({ pointer: `/purposes/items/${index}`, messageId: 'missing', data: { id: purpose.id } });
    }
  },
});
