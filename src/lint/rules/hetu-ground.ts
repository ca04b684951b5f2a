import { noticePointer, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const hetuGround = defineRule({
  meta: {
    id: 'hetu-ground',
    description: 'The personal identity code (henkilötunnus) is processed only on a ground of the Data Protection Act §29, which the notice names.',
    law: [{ source: 'Tietosuojalaki 1050/2018', provision: '29 §' }],
    messages: {
      missing:
        'Data category `{{id}}` includes the personal identity code, but no ground of the Data Protection Act §29 is given: add `nationalIdentityCodeGround`, or leave the code out',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    stated(notice.document.dataCategories)?.items?.forEach((category, index) => {
      if ((category.kinds ?? []).includes('national-identity-code') && category.nationalIdentityCodeGround === undefined)
        context.report({ pointer: noticePointer('dataCategories', 'items', index, 'kinds'), messageId: 'missing', data: { id: category.id } });
    });
  },
});
