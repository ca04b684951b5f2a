import { fact, labelled, list, listItem, paragraph, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** How the notice changes, its change log and when it was last updated. */
export const changesSection: SectionBuilder = {
  key: 'changes',
  build(context) {
    const { changes, lastUpdated } = context.notice.document;
    const blocks = context.blocks(changes?.description, '/changes/description');
    if (changes?.log !== undefined && changes.log.length > 0) {
      blocks.push(
        paragraph([text(context.t('changes.log'))]),
        list(changes.log.map((entry, index) => listItem([paragraph(labelled(context.texts.formatDate(entry.date), context.inline(entry.description, `/changes/log/${index}/description`)))]))),
      );
    }
    blocks.push(fact([text(context.t('document.lastUpdated', { date: context.texts.formatDate(lastUpdated) }))]));
    return blocks;
  },
};
