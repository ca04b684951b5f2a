import { basisInWords, statedBasesWithPointers } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const lawForStatutoryBasis = defineRule({
  meta: {
    id: 'law-for-statutory-basis',
    description: 'A legal obligation or public task names the law it rests on.',
    law: [{ source: 'GDPR', provision: 'Art. 6(1)(c), 6(1)(e), 6(3)' }],
    messages: { missing: 'A {{basis}} basis must rest on Union or Member State law (GDPR Art. 6(3)): name it in `law`, e.g. `fi: Kirjanpitolaki (1336/1997) 2 luku 10 §`' },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    for (const { basis, pointer } of statedBasesWithPointers(notice)) {
      if ((basis.basis === 'legal-obligation' || basis.basis === 'public-task') && basis.law === undefined) context.report({ pointer: `${pointer}/basis`, messageId: 'missing', data: { basis: basisInWords(basis.basis) } });
    }
  },
});
