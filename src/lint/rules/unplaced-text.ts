import { defineRule } from '../rule.ts';

export const unplacedText = defineRule({
  meta: {
    id: 'unplaced-text',
    description: 'Text an import could not place is moved into the notice, or deleted, and is not left in `unplaced`.',
    law: [{ source: 'GDPR', provision: 'Art. 12(1), 13, 14' }],
    messages: {
      underHeading:
        'Text of the original under “{{heading}}” is not yet placed in the notice, and `unplaced` is never published: move it where it belongs, or delete it, then remove this block',
      untitled:
        'Text of the original before its first heading is not yet placed in the notice, and `unplaced` is never published: move it where it belongs, or delete it, then remove this block',
    },
    defaultSeverity: 'info',
    recommended: true,
  },
  check(notice, context) {
    notice.document.unplaced?.forEach((block, index) => {
      const pointer = `/unplaced/${index}`;
      if (block.heading === undefined) context.report({ pointer, messageId: 'untitled' });
      else context.report({ pointer, messageId: 'underHeading', data: { heading: block.heading } });
    });
  },
});
