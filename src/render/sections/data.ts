import type { BlockContent } from 'mdast';
import { annotated } from '../format.ts';
import { fact, heading, labelled, list, listItem, paragraph, text } from '../nodes.ts';
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
            const notes = category.collectedWithConsent === true ? [context.t('data.collectedWithConsent')] : [];
            const children: BlockContent[] = [paragraph(annotated(context.inline(category.label, `/dataCategories/items/${index}/label`), notes))];
            if (category.nationalIdentityCodeGround !== undefined) {
              children.push(fact(labelled(context.t('data.identityCodeGround'), [text(context.t(`identityCodeGround.${category.nationalIdentityCodeGround}`))])));
            }
            return listItem(children);
          }),
        ),
      );
    }
    return blocks;
  },
};
