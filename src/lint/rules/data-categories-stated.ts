import { defineRule } from '../rule.ts';

export const dataCategoriesStated = defineRule({
  meta: {
    id: 'data-categories-stated',
    description: 'The notice lists the categories of personal data.',
    law: [{ source: 'GDPR', provision: 'Art. 14(1)(d), 30(1)(c)' }],
    messages: { missing: 'The notice does not list the categories of personal data: add `dataCategories` (GDPR Art. 14(1)(d), 30(1)(c))' },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    if (notice.document.dataCategories === undefined) context.report({ pointer: '', messageId: 'missing' });
  },
});
