import type { BlockContent } from 'mdast';
import { countryName } from '../format.ts';
import { fact, labelled, list, listItem, paragraph, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** Transfers outside the EU/EEA: whether, where to, on what safeguard, where to get a copy. */
export const transfersSection: SectionBuilder = {
  key: 'transfers',
  build(context) {
    const { transfers, recipients } = context.notice.document;
    if (transfers === undefined) return [];
    const described = context.blocks(transfers.description, '/transfers/description');
    const blocks: BlockContent[] = described.length > 0 ? described : [paragraph([text(context.t(`transfers.${transfers.outsideEea}`))])];
    if (transfers.mechanisms !== undefined && transfers.mechanisms.length > 0) {
      blocks.push(fact(labelled(context.t('transfers.safeguards'), [text(context.texts.and(transfers.mechanisms.map((mechanism) => context.t(`mechanism.${mechanism}`))))])));
    }
    if (transfers.destinations !== undefined) {
      const items = transfers.destinations.map((destination, index) => {
        const pointer = `/transfers/destinations/${index}`;
        const children: BlockContent[] = [
          paragraph(labelled(context.t('transfers.countries'), [text(context.texts.and(destination.countries.map((code) => countryName(code, context))))])),
          paragraph(labelled(context.t('transfers.mechanism'), [text(context.t(`mechanism.${destination.mechanism}`))])),
        ];
        if (destination.recipients !== undefined) {
          const names = destination.recipients.map((id) => {
            const recipientIndex = recipients?.items?.findIndex((recipient) => recipient.id === id) ?? -1;
            return context.plain(recipients?.items?.[recipientIndex]?.label, `/recipients/items/${recipientIndex}/label`) ?? id;
          });
          children.push(paragraph(labelled(context.t('transfers.recipients'), [text(context.texts.and(names))])));
        }
        if (destination.safeguardsCopy !== undefined) children.push(paragraph(labelled(context.t('transfers.copy'), context.inline(destination.safeguardsCopy, `${pointer}/safeguardsCopy`))));
        children.push(...context.blocks(destination.description, `${pointer}/description`));
        return listItem(children);
      });
      blocks.push(list(items));
    }
    return blocks;
  },
};
