import type { BlockContent } from 'mdast';
import { countryName, termList, withArticleReferences } from '../format.ts';
import { fact, labelled, list, listItem, paragraph, text } from '../nodes.ts';
import { namesOf } from '../references.ts';
import type { SectionBuilder } from './section.ts';

/** Transfers outside the EU/EEA: whether, where to, on what safeguard, where to get a copy. */
export const transfersSection: SectionBuilder = {
  key: 'transfers',
  build(context) {
    const { transfers } = context.notice.document;
    if (transfers === undefined) return [];
    // The fact always shows, so that the page states what the record says, whatever the notice's own words.
    const blocks: BlockContent[] = [fact([text(context.t(`transfers.${transfers.outsideEea}`))]), ...context.blocks(transfers.description, '/transfers/description')];
    if (transfers.mechanisms !== undefined && transfers.mechanisms.length > 0) {
      blocks.push(fact(labelled(context.t('transfers.safeguards'), withArticleReferences(termList(context, 'mechanism', transfers.mechanisms)))));
    }
    if (transfers.destinations !== undefined) {
      const items = transfers.destinations.map((destination, index) => {
        const pointer = `/transfers/destinations/${index}`;
        const children: BlockContent[] = [
          paragraph(labelled(context.t('transfers.countries'), [text(context.texts.and(destination.countries.map((code) => countryName(code, context))))])),
          paragraph(labelled(context.t('transfers.mechanism'), withArticleReferences(context.t(`mechanism.${destination.mechanism}`)))),
        ];
        if (destination.recipients !== undefined) children.push(paragraph(labelled(context.t('transfers.recipients'), namesOf(context, 'recipients', destination.recipients))));
        if (destination.safeguardsCopy !== undefined) children.push(paragraph(labelled(context.t('transfers.copy'), context.inline(destination.safeguardsCopy, `${pointer}/safeguardsCopy`))));
        children.push(...context.blocks(destination.description, `${pointer}/description`));
        return listItem(children);
      });
      blocks.push(list(items));
    }
    return blocks;
  },
};
