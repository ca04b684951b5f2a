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
    const { document } = notice;
    if (document.legalBasis?.extent === 'primarily') context.report({ pointer: '/legalBasis/extent', messageId: 'hedged', data: { basis: document.legalBasis.basis.replace('-', ' ') } });
    document.purposes.items.forEach((purpose, index) => {
      if (purpose.legalBasis?.extent === 'primarily') context.report({ pointer: `/purposes/items/${index}/legalBasis/extent`, messageId: 'hedged', data: { basis: purpose.legalBasis.basis.replace('-', ' ') } });
    });
  },
});
