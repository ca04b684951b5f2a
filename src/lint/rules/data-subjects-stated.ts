import { defineRule } from '../rule.ts';

export const dataSubjectsStated = defineRule({
  meta: {
    id: 'data-subjects-stated',
    description: 'The notice says whose data are processed.',
    law: [{ source: 'GDPR', provision: 'Art. 30(1)(c)' }],
    messages: { missing: 'The notice does not say whose data are processed: add `dataSubjects.groups` (GDPR Art. 30(1)(c) for the record of processing)' },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    if (notice.document.dataSubjects === undefined) context.report({ pointer: '', messageId: 'missing' });
  },
});
