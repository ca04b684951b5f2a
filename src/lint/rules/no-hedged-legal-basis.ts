import { basisInWords, statedBasesWithPointers } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const noHedgedLegalBasis = defineRule({
  meta: {
    id: 'no-hedged-legal-basis',
    description: 'A legal basis is stated as the basis, not “primarily”, which leaves the other bases unnamed.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(c), 14(1)(c)' }],
    messages: {
      hedged:
        'The processing is based “primarily” on {{basis}}, which leaves the other bases unnamed: name the basis of each purpose (GDPR Art. 13(1)(c)), splitting purposes that rest on different bases',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    for (const { basis, pointer } of statedBasesWithPointers(notice)) {
      if (basis.extent === 'primarily') context.report({ pointer: `${pointer}/extent`, messageId: 'hedged', data: { basis: basisInWords(basis.basis) } });
    }
  },
});
