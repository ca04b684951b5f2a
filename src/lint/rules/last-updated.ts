import { noticePointer } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const lastUpdated = defineRule({
  meta: {
    id: 'last-updated',
    description: 'The notice is dated, the date is not in the future, and it is no older than the newest change.',
    law: [{ source: 'GDPR', provision: 'Art. 12(1), 13(3)' }],
    messages: {
      missing:
        'The notice gives no date: readers cannot tell whether it is current, and the page shows none; add `lastUpdated: YYYY-MM-DD`, the date the notice gives (GDPR Art. 12(1))',
      future: 'The notice is dated {{date}}, after today ({{today}}): readers take the date as when the notice took effect',
      olderThanChange: 'A change is dated {{change}}, after the last-updated date {{date}}: update `lastUpdated`',
    },
    defaultSeverity: 'error',
    messageSeverities: { missing: 'warning' },
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const { lastUpdated: date, changes } = notice.document;
    if (date === undefined) {
      context.report({ pointer: noticePointer(), messageId: 'missing' });
      return;
    }
    if (date > context.today) context.report({ pointer: noticePointer('lastUpdated'), messageId: 'future', data: { date, today: context.today } });
    changes?.log?.forEach((entry, index) => {
      if (entry.date > date)
        context.report({ pointer: noticePointer('changes', 'log', index, 'date'), messageId: 'olderThanChange', data: { change: entry.date, date } });
    });
  },
});
