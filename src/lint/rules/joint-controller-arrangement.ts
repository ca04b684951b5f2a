import { noticePointer, stated } from '../../model/index.ts';
import { displayName } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const jointControllerArrangement = defineRule({
  meta: {
    id: 'joint-controller-arrangement',
    description: 'Several controllers come with the essence of their arrangement.',
    law: [{ source: 'GDPR', provision: 'Art. 26(1)–(2), 13(1)(a)' }],
    messages: {
      missing:
        'Several controllers ({{names}}) are named without saying how they share responsibility: if they are joint controllers, give the essence of their arrangement in `jointControllership.arrangement` (GDPR Art. 26(2)); if not, give each its own notice',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const joint = stated(notice.document.controllers)?.jointControllership;
    if ((notice.controllers.length < 2 && joint?.parties === undefined) || joint?.arrangement !== undefined) return;
    const names = [
      ...notice.controllers.map((controller) => displayName(controller.name, notice)),
      ...(joint?.parties === undefined ? [] : ['the parties described']),
    ].join(', ');
    const place = joint === undefined ? noticePointer('controllers', 'entities') : noticePointer('controllers', 'jointControllership');
    context.report({ pointer: place, messageId: 'missing', target: 'key', data: { names } });
  },
});
