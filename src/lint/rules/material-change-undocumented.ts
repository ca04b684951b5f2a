import { newChangeNotes, type Change } from '../../diff/index.ts';
import { noticePointer } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const materialChangeUndocumented = defineRule({
  meta: {
    id: 'material-change-undocumented',
    description: 'A version with material changes since the previous one logs them in `changes.log` and gives a new `lastUpdated`.',
    law: [{ source: 'GDPR', provision: 'Art. 12(1), 13(3), 14(4)' }],
    messages: {
      unlogged:
        'Material change since the previous version ({{since}}), but no entry of `changes.log` is dated after it: {{change}}; log what changed and when (GDPR Art. 12(1), 13(3))',
      notRedated: '{{count}} since the previous version, which was dated {{since}}, but `lastUpdated` is {{date}}: give the new version its date',
    },
    defaultSeverity: 'error',
    recommended: true,
    acrossVersions: true,
  },
  check(notice, context) {
    const previous = context.previous;
    if (previous === undefined) return;
    const material = previous.diff.changes.filter((change) => change.significance === 'material');
    if (material.length === 0) return;
    const since = previous.notice.document.lastUpdated ?? 'undated';
    if (newChangeNotes(previous.notice, notice).length === 0) {
      for (const change of material) {
        context.report({
          pointer: (change.new ?? change.old)?.pointer ?? '',
          file: change.file,
          messageId: 'unlogged',
          data: { since, change: named(change) },
        });
      }
    }
    const date = notice.document.lastUpdated;
    const before = previous.notice.document.lastUpdated;
    if (date === undefined || (before !== undefined && date <= before)) {
      context.report({
        pointer: date === undefined ? '' : noticePointer('lastUpdated'),
        messageId: 'notRedated',
        data: { count: material.length === 1 ? '1 material change' : `${material.length} material changes`, since, date: date ?? 'not given' },
      });
    }
  },
});

/** A change as a lint message names it: its kind and the id of what it is about. */
function named(change: Change): string {
  return change.id === undefined ? `\`${change.kind}\`` : `\`${change.kind}\` \`${change.id}\``;
}
