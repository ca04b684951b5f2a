import { organisationPointer } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const dpoStated = defineRule({
  meta: {
    id: 'dpo-stated',
    description: 'The organisation says whether it has designated a data protection officer; a public authority must have one.',
    law: [
      { source: 'GDPR', provision: 'Art. 13(1)(b), 14(1)(b)' },
      { source: 'GDPR', provision: 'Art. 37(1)(a), 37(7)' },
    ],
    messages: {
      missing:
        'The organisation does not say whether it has a data protection officer: add `dpo: {designated: true, contact: …}` or `dpo: {designated: false}`, so readers know who the privacy contact is (GDPR Art. 13(1)(b))',
      publicAuthority: 'A public authority must designate a data protection officer (GDPR Art. 37(1)(a)); give its contact details',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    const { dpo, publicAuthority } = notice.organisation.document;
    if (dpo === undefined) context.report({ pointer: organisationPointer(), messageId: 'missing', file: 'organisation' });
    else if (!dpo.designated && publicAuthority === true)
      context.report({ pointer: organisationPointer('dpo', 'designated'), messageId: 'publicAuthority', file: 'organisation' });
  },
});
