import { noticePointer, stated } from '../../model/index.ts';
import { termList } from '../format.ts';
import { fact, labelled, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** How the data are protected (GDPR Art. 32): the notice's words, else the measures it names. */
export const securitySection: SectionBuilder = {
  key: 'security',
  build(context) {
    const security = stated(context.notice.document.security);
    if (security === undefined) return [];
    const blocks = context.blocks(security.description, noticePointer('security', 'description'));
    if (blocks.length === 0 && security.measures !== undefined && security.measures.length > 0) {
      blocks.push(fact(labelled(context.t('security.measures'), [text(termList(context, 'measure', security.measures))])));
    }
    return blocks;
  },
};
