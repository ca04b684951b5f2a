import type { BlockContent } from 'mdast';
import { annotated, countryName } from '../format.ts';
import { paragraph, strong, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** Who receives the data: each recipient or category, its role and where it is. */
export const recipientsSection: SectionBuilder = {
  key: 'recipients',
  build(context) {
    const { recipients } = context.notice.document;
    if (recipients === undefined) return [];
    const blocks = context.blocks(recipients.description, '/recipients/description');
    if (recipients.none === true) blocks.push(paragraph([text(context.t('recipients.none'))]));
    recipients.items?.forEach((recipient, index) => {
      const pointer = `/recipients/items/${index}`;
      const notes = [context.t(`role.${recipient.role}`), ...(recipient.country === undefined ? [] : [countryName(recipient.country, context)])];
      const name = recipient.name === undefined ? [] : [text(`: ${recipient.name}`)];
      const item: BlockContent[] = [paragraph(annotated([strong(context.inline(recipient.label, `${pointer}/label`)), ...name], notes)), ...context.blocks(recipient.description, `${pointer}/description`)];
      blocks.push(...item);
    });
    return blocks;
  },
};
