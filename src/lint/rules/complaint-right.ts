import { noticePointer, stated, stateOf } from '../../model/index.ts';
import { complaintStatement } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const complaintRight = defineRule({
  meta: {
    id: 'complaint-right',
    description: 'The notice states the right to lodge a complaint with a supervisory authority, among the rights or in a `complaint` section.',
    law: [{ source: 'GDPR', provision: 'Art. 13(2)(d), 14(2)(e), 77' }],
    messages: {
      missing:
        'The notice does not state the right to lodge a complaint with a supervisory authority (GDPR Art. 13(2)(d)): add `complaint` with the notice’s words in `description` (`authority: fi` adds the Data Protection Ombudsman’s contact details), or an item covering `complaint` to `rights.items`',
    },
    defaultSeverity: 'error',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    if (complaintStatement(notice) !== undefined) return;
    const { complaint } = notice.document;
    const items = stated(notice.document.rights)?.items;
    if (stateOf(complaint) === 'not-stated' && complaint !== undefined)
      context.report({ pointer: noticePointer('complaint'), target: 'key', messageId: 'missing' });
    else if (items !== undefined) context.report({ pointer: noticePointer('rights', 'items'), target: 'key', messageId: 'missing' });
    else context.report({ pointer: noticePointer(), messageId: 'missing' });
  },
});
