import type { BlockContent } from 'mdast';
import { at, noticePointer, stated } from '../../model/index.ts';
import { fact, heading, labelled, list, listItem, paragraph, text } from '../nodes.ts';
import { namesOf } from '../references.ts';
import type { SectionBuilder } from './section.ts';

/**
 * What data are processed, and about whom, each part only where the notice
 * states it. Labels are the notice's words: whether a category is collected
 * only with consent, or must be provided, feeds the summary, the record and
 * lint, not a note after the label.
 */
export const dataSection: SectionBuilder = {
  key: 'data',
  build(context) {
    const dataSubjects = stated(context.notice.document.dataSubjects);
    const dataCategories = stated(context.notice.document.dataCategories);
    const blocks: BlockContent[] = [];
    if (dataSubjects !== undefined) {
      const part = context.blocks(dataSubjects.description, noticePointer('dataSubjects', 'description'));
      const groups = (dataSubjects.groups ?? []).map((group, index) => {
        const pointer = noticePointer('dataSubjects', 'groups', index);
        const children: BlockContent[] = [paragraph(context.inline(group.label, at(pointer, 'label')))];
        const own = context.blocks(group.description, at(pointer, 'description'));
        children.push(...own);
        if (own.length === 0) {
          if (group.noPersonalData === true) children.push(fact([text(context.t('data.noPersonalData'))]));
          if (group.dataCategories !== undefined) children.push(fact(labelled(context.t('data.groupCategories'), namesOf(context, 'dataCategories', group.dataCategories))));
          if (group.sources !== undefined) children.push(fact(labelled(context.t('data.groupSources'), namesOf(context, 'sources', group.sources))));
        }
        return listItem(children);
      });
      if (groups.length > 0) part.push(list(groups));
      blocks.push(...headed(context.t('data.subjects'), part));
    }
    if (dataCategories !== undefined) {
      const part = context.blocks(dataCategories.description, noticePointer('dataCategories', 'description'));
      const categories = (dataCategories.items ?? []).map((category, index) => {
        const pointer = noticePointer('dataCategories', 'items', index);
        const children: BlockContent[] = [paragraph(context.inline(category.label, at(pointer, 'label')))];
        const own = context.blocks(category.description, at(pointer, 'description'));
        children.push(...own);
        if (own.length === 0 && category.nationalIdentityCodeGround !== undefined) {
          children.push(fact(labelled(context.t('data.identityCodeGround'), [text(context.t(`identityCodeGround.${category.nationalIdentityCodeGround}`))])));
        }
        return listItem(children);
      });
      if (categories.length > 0) part.push(list(categories));
      blocks.push(...headed(context.t('data.categories'), part));
    }
    return blocks;
  },
};

/** A part under its heading; nothing, heading included, when the part is empty. */
function headed(title: string, part: BlockContent[]): BlockContent[] {
  return part.length === 0 ? [] : [heading(3, [text(title)]), ...part];
}
