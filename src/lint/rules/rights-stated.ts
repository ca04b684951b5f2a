import { noticePointer, stated, stateOf, type Right } from '../../model/index.ts';
import { gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

/** The rights every data subject has, whatever the legal basis: each is listed, or said not to apply. */
const ALWAYS: readonly Right[] = ['access', 'rectification', 'erasure', 'restriction'];

export const rightsStated = defineRule({
  meta: {
    id: 'rights-stated',
    description: 'The notice lists the data subject’s rights: at least access, rectification, erasure and restriction, each as applying or not.',
    law: [{ source: 'GDPR', provision: 'Art. 13(2)(b), 14(2)(c), 15–18' }],
    messages: {
      missing: 'The notice does not say what rights the data subject has: add `rights.items`, each naming the rights it `covers` (GDPR Art. 13(2)(b))',
      unlisted:
        'The notice says how to use the rights but not which rights the data subject has: list them in `rights.items`, each naming the rights it `covers`, or give the notice’s words in `rights.description` (GDPR Art. 13(2)(b))',
      incomplete:
        'The rights listed leave out {{rights}} (GDPR Art. 13(2)(b)): add an item covering each, or, where the notice says a right does not apply, an item with `applies: false` and its words',
    },
    defaultSeverity: 'error',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const section = notice.document.rights;
    if (stateOf(section) === 'not-stated') {
      context.report({ ...gapPlace(section, noticePointer('rights')), messageId: 'missing' });
      return;
    }
    const items = stated(section)?.items;
    if (items === undefined) {
      if (section?.description === undefined) context.report({ pointer: noticePointer('rights'), target: 'key', messageId: 'unlisted' });
      return;
    }
    const covered = new Set(items.flatMap((item) => item.covers));
    const left = ALWAYS.filter((right) => !covered.has(right));
    if (left.length > 0)
      context.report({
        pointer: noticePointer('rights', 'items'),
        target: 'key',
        messageId: 'incomplete',
        data: { rights: left.map((right) => `\`${right}\``).join(', ') },
      });
  },
});
