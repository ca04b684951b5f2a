import { at, basesOf } from '../../model/index.ts';
import { purposesWithBasis } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const publicAuthorityLegitimateInterest = defineRule({
  meta: {
    id: 'public-authority-legitimate-interest',
    description: 'A public authority does not rely on legitimate interests for its tasks.',
    law: [{ source: 'GDPR', provision: 'Art. 6(1), second subparagraph' }],
    messages: {
      authority:
        'The legal basis of {{id}} is legitimate interests, which a public authority cannot use in the performance of its tasks (GDPR Art. 6(1), second subparagraph): use `public-task` or `legal-obligation` with the law',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    if (notice.organisation.document.publicAuthority !== true) return;
    const reported = new Set<string>();
    for (const { purpose, effective } of purposesWithBasis(notice)) {
      if (effective === undefined) continue;
      for (const { entry, pointer } of basesOf(effective.statement, effective.pointer)) {
        if (entry.basis !== 'legitimate-interests' || reported.has(pointer)) continue;
        reported.add(pointer); // a basis the notice states for every purpose is reported once
        context.report({
          pointer: at(pointer, 'basis'),
          messageId: 'authority',
          data: { id: effective.scope === 'notice' ? 'every purpose' : `purpose \`${purpose.id}\`` },
        });
      }
    }
  },
});
