import { isDirectMarketing, noticePointer, objectionGrounds, purposesOf, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const rightToObjectStatement = defineRule({
  meta: {
    id: 'right-to-object-statement',
    description:
      'Where processing rests on legitimate interests or a public task, or is direct marketing, the notice states how to object, apart from the other rights.',
    law: [{ source: 'GDPR', provision: 'Art. 21(1)–(4)' }],
    messages: {
      missing:
        "The processing rests on {{grounds}}, so the right to object must be brought to attention clearly and separately from other information (GDPR Art. 21(4)): add `rights.objection` saying in the notice's words that and how one may object here, e.g. the unsubscribe link or an address",
    },
    gaps: ['missing'],
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const grounds = objectionGrounds(notice);
    if (!grounds.legitimate && !grounds.directMarketing) return;
    const rights = stated(notice.document.rights);
    // rights the notice does not state at all are one gap, rights-stated's
    if (rights === undefined || rights.objection !== undefined) return;
    const marketingExplained = purposesOf(notice)
      .filter(isDirectMarketing)
      .every((purpose) => purpose.directMarketing?.howToRefuse !== undefined);
    if (!grounds.legitimate && marketingExplained) return;
    const names = [...(grounds.legitimate ? ['legitimate interests or a public task'] : []), ...(grounds.directMarketing ? ['direct marketing'] : [])];
    context.report({ pointer: noticePointer('rights'), messageId: 'missing', target: 'key', data: { grounds: names.join(' and ') } });
  },
});
