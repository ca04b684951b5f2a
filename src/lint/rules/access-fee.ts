import { noticePointer, stated, type LocalizedText } from '../../model/index.ts';
import { mentions } from '../mentions.ts';
import { defineRule } from '../rule.ts';

/**
 * Words that limit a fee to what GDPR Art. 12(5) and 15(3) allow: further
 * copies, manifestly unfounded or excessive (for instance repeated) requests.
 */
const LIMITED =
  /lisäkopi|ylimääräi\p{L}* kopi|ilmeisen perusteet|kohtuuto|toistuv|further cop|additional cop|extra cop|manifestly unfounded|excessive|repetitive|repeated|ytterligare kopi|uppenbart ogrundad|orimlig|upprepa/iu;

type Fee = 'none' | { readonly when?: LocalizedText; readonly amount?: LocalizedText };

export const accessFee = defineRule({
  meta: {
    id: 'access-fee',
    description: 'A fee for access requests is charged only for further copies or for manifestly unfounded or excessive requests.',
    law: [{ source: 'GDPR', provision: 'Art. 12(5), 15(3)' }],
    messages: {
      unlimited:
        'A fee is charged for access requests without saying it is limited to further copies (GDPR Art. 15(3)) or to manifestly unfounded or excessive requests (Art. 12(5)): the first copy is free; say when the fee is charged in `fee.when`, or give `fee: none`',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const rights = stated(notice.document.rights);
    if (rights === undefined) return;
    const access = (rights.items ?? []).map((item, index) => ({ item, index })).filter(({ item }) => item.applies !== false && item.covers.includes('access'));
    for (const { item, index } of access) {
      if (item.fee !== undefined && !limited(item.fee)) context.report({ pointer: noticePointer('rights', 'items', index, 'fee'), messageId: 'unlimited' });
    }
    // a fee for all requests covers access requests too, unless each access item says otherwise
    const overridden = access.length > 0 && access.every(({ item }) => item.fee !== undefined);
    if (rights.fee !== undefined && !limited(rights.fee) && !overridden) context.report({ pointer: noticePointer('rights', 'fee'), messageId: 'unlimited' });
  },
});

function limited(fee: Fee): boolean {
  return fee === 'none' || mentions(fee.when, LIMITED);
}
