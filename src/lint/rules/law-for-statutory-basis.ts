import { at, lawReferences } from '../../model/index.ts';
import { basisInWords } from '../helpers.ts';
import { defineRule } from '../rule.ts';
import { statedEntries } from '../stated-entries.ts';

export const lawForStatutoryBasis = defineRule({
  meta: {
    id: 'law-for-statutory-basis',
    description: 'A legal obligation or public task names the law it rests on.',
    law: [{ source: 'GDPR', provision: 'Art. 6(1)(c), 6(1)(e), 6(3)' }],
    messages: {
      missing:
        'A {{basis}} basis must rest on Union or Member State law (GDPR Art. 6(3)): name it in `law`, e.g. `{number: 1336/1997, section: 2 luku 10 §}` for the Accounting Act',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    for (const { entry, pointer } of statedEntries(notice)) {
      if ((entry.basis === 'legal-obligation' || entry.basis === 'public-task') && lawReferences(entry.law).length === 0) {
        context.report({ pointer: at(pointer, 'basis'), messageId: 'missing', data: { basis: basisInWords(entry.basis) } });
      }
    }
  },
});
