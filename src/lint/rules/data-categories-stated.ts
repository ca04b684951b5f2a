import { noticePointer, stateOf } from '../../model/index.ts';
import { gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const dataCategoriesStated = defineRule({
  meta: {
    id: 'data-categories-stated',
    description: 'The notice lists the categories of personal data.',
    law: [{ source: 'GDPR', provision: 'Art. 14(1)(d), 30(1)(c)' }],
    messages: {
      missing:
        'The notice does not say what data are processed: add `dataCategories` with its `items` or the notice’s words in `description` (GDPR Art. 14(1)(d), 30(1)(c))',
    },
    defaultSeverity: 'error',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const section = notice.document.dataCategories;
    if (stateOf(section) === 'not-stated') context.report({ ...gapPlace(section, noticePointer('dataCategories')), messageId: 'missing' });
  },
});
