import { defineRule } from '../rule.ts';
import { anyPurposeOn } from '../helpers.ts';

export const rightsFitBases = defineRule({
  meta: {
    id: 'rights-fit-bases',
    description: 'The rights listed are the ones the legal bases give: portability only for consent or contract, withdrawal only for consent.',
    law: [
      { source: 'GDPR', provision: 'Art. 13(2)(b)–(c), 20(1), 7(3)' },
    ],
    messages: {
      portability: 'The right to data portability is listed, but no purpose rests on consent or a contract, where it applies (GDPR Art. 20(1)): remove it or correct the legal bases',
      withdraw: 'The right to withdraw consent is listed, but no purpose rests on consent (GDPR Art. 7(3)): remove it or state consent as the basis of the purposes that rest on it',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    notice.document.rights?.items?.forEach((item, index) => {
      item.covers.forEach((right, position) => {
        const pointer = `/rights/items/${index}/covers/${position}`;
        if (right === 'portability' && !anyPurposeOn(notice, 'consent') && !anyPurposeOn(notice, 'contract')) context.report({ pointer, messageId: 'portability' });
        if (right === 'withdraw-consent' && !anyPurposeOn(notice, 'consent')) context.report({ pointer, messageId: 'withdraw' });
      });
    });
  },
});
