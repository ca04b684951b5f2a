import { basesOf, noticePointer, purposeDataCategories } from '../../model/index.ts';
import { purposesWithBasis } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const specialCategoryCondition = defineRule({
  meta: {
    id: 'special-category-condition',
    description: 'A purpose that processes special categories of data names the Art. 9(2) condition that allows it.',
    law: [{ source: 'GDPR', provision: 'Art. 9(1)–(2), 13(1)(c)' }],
    messages: {
      missing:
        'Purpose `{{id}}` processes special categories of data ({{categories}}) without a condition of GDPR Art. 9(2): give `specialCategoryCondition` in its legal basis',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    for (const { purpose, index, effective } of purposesWithBasis(notice)) {
      const special = purposeDataCategories(notice, purpose).filter((category) => (category.kinds ?? []).some((kind) => kind.startsWith('special.')));
      if (special.length === 0) continue;
      const condition =
        effective !== undefined && basesOf(effective.statement, effective.pointer).some(({ entry }) => entry.specialCategoryCondition !== undefined);
      if (!condition)
        context.report({
          pointer: noticePointer('purposes', 'items', index),
          messageId: 'missing',
          data: { id: purpose.id, categories: special.map((category) => category.id).join(', ') },
        });
    }
  },
});
