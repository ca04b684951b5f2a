import { noticePointer, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { isMarketing, purposesUsing } from '../helpers.ts';

const MARKETING_GROUNDS = new Set(['consent', 'address-update']);

export const hetuInMarketing = defineRule({
  meta: {
    id: 'hetu-in-marketing',
    description: 'The personal identity code is not used for marketing, except with consent or to update addresses.',
    law: [
      { source: 'Tietosuojalaki 1050/2018', provision: '29 §' },
      { source: 'GDPR', provision: 'Art. 5(1)(c)' },
    ],
    messages: {
      marketing:
        'The personal identity code (`{{id}}`) is used for marketing ({{purposes}}): marketing is not a ground of the Data Protection Act §29, and the code is not needed for it (data minimisation, GDPR Art. 5(1)(c)); leave it out, or limit it to consent or updating addresses',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    stated(notice.document.dataCategories)?.items?.forEach((category, index) => {
      if (!(category.kinds ?? []).includes('national-identity-code')) return;
      if (category.nationalIdentityCodeGround !== undefined && MARKETING_GROUNDS.has(category.nationalIdentityCodeGround)) return;
      const marketing = purposesUsing(notice, category.id).filter(({ purpose }) => isMarketing(purpose));
      if (marketing.length > 0)
        context.report({
          pointer: noticePointer('dataCategories', 'items', index),
          messageId: 'marketing',
          data: { id: category.id, purposes: marketing.map(({ purpose }) => `\`${purpose.id}\``).join(', ') },
        });
    });
  },
});
