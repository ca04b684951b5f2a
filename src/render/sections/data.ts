import type { BlockContent, PhrasingContent } from 'mdast';
import { emphasis, heading, list, listItem, paragraph, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** What data are processed, and about whom. */
export const dataSection: SectionBuilder = {
  key: 'data',
  build(context) {
    const { dataSubjects, dataCategories } = context.notice.document;
    const blocks: BlockContent[] = [];
    if (dataSubjects !== undefined) {
      blocks.push(heading(3, [text(context.t('data.subjects'))]), ...context.blocks(dataSubjects.description, '/dataSubjects/description'));
      blocks.push(list(dataSubjects.groups.map((group, index) => listItem([paragraph(context.inline(group.label, `/dataSubjects/groups/${index}/label`))]))));
    }
    if (dataCategories !== undefined) {
      blocks.push(heading(3, [text(context.t('data.categories'))]), ...context.blocks(dataCategories.description, '/dataCategories/description'));
      blocks.push(
        list(
          dataCategories.items.map((category, index) => {
            const children: BlockContent[] = [paragraph([...context.inline(category.label, `/dataCategories/items/${index}/label`), ...annotation(category.collectedWithConsent === true ? [context.t('data.collectedWithConsent')] : [])])];
            if (category.nationalIdentityCodeGround !== undefined) {
              children.push(paragraph([text(`${context.t('data.identityCodeGround')}: ${context.t(`identityCodeGround.${category.nationalIdentityCodeGround}`)}`)], 'fact'));
            }
            return listItem(children);
          }),
        ),
      );
    }
    return blocks;
  },
};

/** ` (note, note)` after an item, in italics; nothing when there are no notes. */
export function annotation(notes: readonly string[]): PhrasingContent[] {
  return notes.length === 0 ? [] : [text(' '), emphasis([text(`(${notes.join(', ')})`)])];
}
