import { termList } from '../format.ts';
import { fact, labelled, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** How the data are protected (GDPR Art. 32). */
export const securitySection: SectionBuilder = {
  key: 'security',
  build(context) {
    const { security } = context.notice.document;
    if (security === undefined) return [];
    const blocks = context.blocks(security.description, '/security/description');
    if (security.measures !== undefined && security.measures.length > 0) {
      blocks.push(fact(labelled(context.t('security.measures'), [text(termList(context, 'measure', security.measures))])));
    }
    return blocks;
  },
};
