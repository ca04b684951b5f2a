import { noticePointer, stated } from '../../model/index.ts';
import { labelled, list, listItem, paragraph, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** How the notice changes, and its change log; the last-updated date is in the header, once. */
export const changesSection: SectionBuilder = {
  key: 'changes',
  build(context) {
    const changes = stated(context.notice.document.changes);
    if (changes === undefined) return [];
    const blocks = context.blocks(changes.description, noticePointer('changes', 'description'));
    if (changes.log !== undefined && changes.log.length > 0) {
      blocks.push(
        paragraph([text(context.t('changes.log'))]),
        list(
          changes.log.map((entry, index) =>
            listItem([
              paragraph(
                labelled(context.texts.formatDate(entry.date), context.inline(entry.description, noticePointer('changes', 'log', index, 'description'))),
              ),
            ]),
          ),
        ),
      );
    }
    return blocks;
  },
};
