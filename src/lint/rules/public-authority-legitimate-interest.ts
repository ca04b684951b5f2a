import { defineRule } from '../rule.ts';
import { purposesWithBasis } from '../helpers.ts';

export const publicAuthorityLegitimateInterest = defineRule({
  meta: {
    id: 'public-authority-legitimate-interest',
    description: 'A public authority does not rely on legitimate interests for its tasks.',
    law: [{ source: 'GDPR', provision: 'Art. 6(1), second subparagraph' }],
    messages: { authority: 'Purpose `{{id}}` rests on legitimate interests, which a public authority cannot use in the performance of its tasks (GDPR Art. 6(1), second subparagraph): use `public-task` or `legal-obligation` with the law' },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    if (notice.organisation.document.publicAuthority !== true) return;
    for (const { purpose, index, basis } of purposesWithBasis(notice)) {
      if (basis !== 'legitimate-interests') continue;
      context.report({ pointer: purpose.legalBasis === undefined ? '/legalBasis/basis' : `/purposes/items/${index}/legalBasis/basis`, messageId: 'authority', data: { id: purpose.id } });
    }
  },
});
