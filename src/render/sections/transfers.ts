import type { BlockContent } from 'mdast';
import { at, noticePointer, stated } from '../../model/index.ts';
import { countryName, termList, withArticleReferences } from '../format.ts';
import { fact, labelled, list, listItem, paragraph, text } from '../nodes.ts';
import { namesOf } from '../references.ts';
import type { SectionBuilder } from './section.ts';

/**
 * Transfers outside the EU/EEA: the notice's words where it has them, else
 * whether data leave the EU/EEA and on what safeguards; then each transfer
 * with its destination, safeguard and where to get a copy.
 */
export const transfersSection: SectionBuilder = {
  key: 'transfers',
  build(context) {
    const transfers = stated(context.notice.document.transfers);
    if (transfers === undefined) return [];
    const blocks = context.blocks(transfers.description, noticePointer('transfers', 'description'));
    if (blocks.length === 0) {
      if (transfers.outsideEea !== undefined) blocks.push(fact([text(context.t(`transfers.${transfers.outsideEea}`))]));
      if (transfers.mechanisms !== undefined && transfers.mechanisms.length > 0) {
        blocks.push(fact(labelled(context.t('transfers.safeguards'), withArticleReferences(termList(context, 'mechanism', transfers.mechanisms)))));
      }
    }
    const items = (transfers.destinations ?? []).map((destination, index) => {
      const pointer = noticePointer('transfers', 'destinations', index);
      const children: BlockContent[] = [
        paragraph(labelled(context.t('transfers.countries'), [text(context.texts.and(destination.countries.map((code) => countryName(code, context))))])),
        paragraph(labelled(context.t('transfers.mechanism'), withArticleReferences(context.t(`mechanism.${destination.mechanism}`)))),
      ];
      if (destination.recipients !== undefined)
        children.push(paragraph(labelled(context.t('transfers.recipients'), namesOf(context, 'recipients', destination.recipients))));
      if (destination.safeguardsCopy !== undefined)
        children.push(paragraph(labelled(context.t('transfers.copy'), context.inline(destination.safeguardsCopy, at(pointer, 'safeguardsCopy')))));
      children.push(...context.blocks(destination.description, at(pointer, 'description')));
      return listItem(children);
    });
    if (items.length > 0) blocks.push(list(items));
    return blocks;
  },
};
