import { noticePointer, stateOf } from '../../model/index.ts';
import { gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const purposesStated = defineRule({
  meta: {
    id: 'purposes-stated',
    description: 'The notice says for what purposes the data are processed.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(c), 14(1)(c), 30(1)(b)' }],
    messages: { missing: 'The notice does not say why the data are processed: add `purposes.items`, each purpose with its legal basis (GDPR Art. 13(1)(c))' },
    defaultSeverity: 'error',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const section = notice.document.purposes;
    if (stateOf(section) === 'not-stated') context.report({ ...gapPlace(section, noticePointer('purposes')), messageId: 'missing' });
  },
});
