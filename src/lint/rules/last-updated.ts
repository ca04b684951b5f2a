import { defineRule } from '../rule.ts';

export const lastUpdated = defineRule({
  meta: {
    id: 'last-updated',
    description: 'The last-updated date is not in the future and is no older than the newest change.',
    law: [{ source: 'GDPR', provision: 'Art. 12(1), 13(3)' }],
    messages: {
      future: 'The notice is dated {{date}}, after today ({{today}}): readers take the date as when the notice took effect',
      olderThanChange: 'A change is dated {{change}}, after the last-updated date {{date}}: update `lastUpdated`',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const { lastUpdated: date, changes } = notice.document;
    if (date > context.today) context.report({ pointer: '/lastUpdated', messageId: 'future', data: { date, today: context.today } });
    changes?.log?.forEach((entry, index) => {
      if (entry.date > date) context.report({ pointer: `/changes/log/${index}/date`, messageId: 'olderThanChange', data: { change: entry.date, date } });
    });
  },
});
