import { noticePointer, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { basesFor } from '../stated-entries.ts';

export const erasureStatutory = defineRule({
  meta: {
    id: 'erasure-statutory',
    description: 'Where data are processed only for a legal obligation or a public task, erasure is not offered without conditions.',
    law: [{ source: 'GDPR', provision: 'Art. 17(3)(b), 13(2)(b)' }],
    messages: {
      unconditional:
        "The right to erasure is offered without conditions, but the processing rests only on a legal obligation or a public task, where it does not apply as far as the processing is needed for it (GDPR Art. 17(3)(b)): say so in `conditions`, or mark the right `applies: false` with the notice's words in `description`",
    },
    defaultSeverity: 'info',
    recommended: true,
  },
  check(notice, context) {
    const rights = stated(notice.document.rights);
    if (rights?.conditions !== undefined) return;
    rights?.items?.forEach((item, index) => {
      const position = item.covers.indexOf('erasure');
      if (position < 0 || item.applies === false || item.conditions !== undefined) return;
      const bases = basesFor(notice, item.appliesTo?.purposes);
      if (bases.size > 0 && [...bases].every((basis) => basis === 'legal-obligation' || basis === 'public-task')) {
        context.report({ pointer: noticePointer('rights', 'items', index, 'covers', position), messageId: 'unconditional' });
      }
    });
  },
});
