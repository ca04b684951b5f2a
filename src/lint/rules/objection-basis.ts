import { noticePointer, objectionGrounds, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { basesFor } from '../stated-entries.ts';

/**
 * The right to object in the list of rights against the bases. A right to
 * object that is not stated at all where it applies is
 * `right-to-object-statement`'s finding, which asks for it set apart (Art. 21(4)).
 */
export const objectionBasis = defineRule({
  meta: {
    id: 'objection-basis',
    description:
      'The right to object is listed where processing rests on legitimate interests or a public task or is direct marketing, and not said to be missing there.',
    law: [{ source: 'GDPR', provision: 'Art. 21(1)–(2), 13(2)(b)' }],
    messages: {
      unfounded:
        'The right to object is listed, but no purpose rests on legitimate interests or a public task, nor is direct marketing, where it applies (GDPR Art. 21(1)–(2)): remove it, or correct the legal bases; consent is withdrawn instead (Art. 7(3))',
      denied:
        'The notice says the right to object does not apply, but the processing rests on {{grounds}}, where it does (GDPR Art. 21(1)–(2)): state the right, with any limits the law sets',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    const grounds = objectionGrounds(notice);
    const bases = basesFor(notice);
    stated(notice.document.rights)?.items?.forEach((item, index) => {
      const position = item.covers.indexOf('objection');
      if (position < 0 || item.appliesTo !== undefined) return; // a right limited to some purposes is weighed by them, not by the whole notice
      if (item.applies === false) {
        if (!grounds.legitimate && !grounds.directMarketing) return;
        const names = [...(grounds.legitimate ? ['legitimate interests or a public task'] : []), ...(grounds.directMarketing ? ['direct marketing'] : [])];
        context.report({ pointer: noticePointer('rights', 'items', index, 'applies'), messageId: 'denied', data: { grounds: names.join(' and ') } });
      } else if (bases.size > 0 && !grounds.legitimate && !grounds.directMarketing) {
        context.report({ pointer: noticePointer('rights', 'items', index, 'covers', position), messageId: 'unfounded' });
      }
    });
  },
});
