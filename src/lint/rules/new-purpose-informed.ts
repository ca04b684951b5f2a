import { stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const newPurposeInformed = defineRule({
  meta: {
    id: 'new-purpose-informed',
    description:
      'A version that adds a purpose says how the people whose data are already processed are told of changes, which they must be before the new processing starts.',
    law: [{ source: 'GDPR', provision: 'Art. 13(3), 14(4)' }],
    messages: {
      uninformed:
        'New purpose `{{id}}` since the previous version, but the notice does not say how data subjects are told of changes: say it in `changes.description`, and tell those whose data are already processed before the new processing starts (GDPR Art. 13(3))',
    },
    defaultSeverity: 'warning',
    recommended: true,
    acrossVersions: true,
  },
  check(notice, context) {
    if (context.previous === undefined || stated(notice.document.changes)?.description !== undefined) return;
    for (const change of context.previous.diff.changes) {
      if (change.kind === 'purpose-added' && change.new !== undefined)
        context.report({ pointer: change.new.pointer, messageId: 'uninformed', data: { id: change.id ?? '' } });
    }
  },
});
