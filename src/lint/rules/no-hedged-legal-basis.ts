import { at } from '../../model/index.ts';
import { basisInWords } from '../helpers.ts';
import { defineRule } from '../rule.ts';
import { statedEntries } from '../stated-entries.ts';

/** Deprecated: `basis-hedged` checks every hedge, of which “primarily” is one. */
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
    recommended: false,
    deprecated: { replacedBy: ['basis-hedged'] },
  },
  check(notice, context) {
    for (const { entry, pointer } of statedEntries(notice)) {
      if (entry.hedge === 'primarily')
        context.report({
          pointer: at(pointer, 'hedge'),
          messageId: 'hedged',
          data: { basis: entry.basis === undefined ? 'the law cited' : basisInWords(entry.basis) },
        });
    }
  },
});
