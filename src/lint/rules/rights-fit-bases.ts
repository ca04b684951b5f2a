import { noticePointer, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { basesFor } from '../stated-entries.ts';

/** The right to withdraw consent against the bases; portability is `portability-basis`'s, objection `objection-basis`'s. */
export const rightsFitBases = defineRule({
  meta: {
    id: 'rights-fit-bases',
    description: 'The right to withdraw consent is listed only where some processing rests on consent.',
    law: [{ source: 'GDPR', provision: 'Art. 7(3), 13(2)(c)' }],
    messages: {
      withdraw:
        'The right to withdraw consent is listed, but no purpose rests on consent (GDPR Art. 7(3)): remove it or state consent as the basis of the purposes that rest on it',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    const bases = basesFor(notice);
    if (bases.size === 0 || bases.has('consent')) return; // without stated bases there is nothing to fit
    stated(notice.document.rights)?.items?.forEach((item, index) => {
      if (item.applies === false) return;
      const position = item.covers.indexOf('withdraw-consent');
      if (position >= 0) context.report({ pointer: noticePointer('rights', 'items', index, 'covers', position), messageId: 'withdraw' });
    });
  },
});
