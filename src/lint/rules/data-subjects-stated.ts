import { noticePointer, stateOf } from '../../model/index.ts';
import { gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const dataSubjectsStated = defineRule({
  meta: {
    id: 'data-subjects-stated',
    description: 'The notice says whose data are processed.',
    law: [{ source: 'GDPR', provision: 'Art. 30(1)(c)' }],
    messages: {
      missing:
        'The notice does not say whose data are processed: add `dataSubjects` with its `groups` or the notice’s words in `description` (GDPR Art. 30(1)(c) for the record of processing)',
    },
    defaultSeverity: 'warning',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const section = notice.document.dataSubjects;
    if (stateOf(section) === 'not-stated') context.report({ ...gapPlace(section, noticePointer('dataSubjects')), messageId: 'missing' });
  },
});
