import type { BlockContent } from 'mdast';
import { at, noticePointer, stated } from '../../model/index.ts';
import { fact, heading, labelled, list, listItem, paragraph, text } from '../nodes.ts';
import { showsLabels } from '../listed.ts';
import { namesOf } from '../references.ts';
import type { SectionBuilder } from './section.ts';

/**
 * What data are processed, and about whom, each part only where the notice
 * states it; the groups and categories by their labels unless the notice
 * states them in running text (`listed: false`). Labels are the notice's words: whether a category is collected
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
      const groups = dataSubjects.groups ?? [];
      const descriptions = (index: number) => context.blocks(groups[index]?.description, at(noticePointer('dataSubjects', 'groups', index), 'description'));
      const items = groups.map((group, index) => {
        const pointer = noticePointer('dataSubjects', 'groups', index);
        const own = descriptions(index);
        const children: BlockContent[] = [paragraph(context.inline(group.label, at(pointer, 'label')))];
        children.push(...own);
        if (own.length === 0) {
          if (group.noPersonalData === true) children.push(fact([text(context.t('data.noPersonalData'))]));
          if (group.dataCategories !== undefined)
            children.push(fact(labelled(context.t('data.groupCategories'), namesOf(context, 'dataCategories', group.dataCategories))));
          if (group.sources !== undefined) children.push(fact(labelled(context.t('data.groupSources'), namesOf(context, 'sources', group.sources))));
        }
        return listItem(children);
      });
      if (!showsLabels(dataSubjects, groups)) part.push(...groups.flatMap((_, index) => descriptions(index)));
      else if (items.length > 0) part.push(list(items));
      blocks.push(...headed(context.t('data.subjects'), part));
    }
    if (dataCategories !== undefined) {
      const part = context.blocks(dataCategories.description, noticePointer('dataCategories', 'description'));
      const categories = dataCategories.items ?? [];
      const descriptions = (index: number) =>
        context.blocks(categories[index]?.description, at(noticePointer('dataCategories', 'items', index), 'description'));
      const items = categories.map((category, index) => {
        const pointer = noticePointer('dataCategories', 'items', index);
        const own = descriptions(index);
        const children: BlockContent[] = [paragraph(context.inline(category.label, at(pointer, 'label')))];
        children.push(...own);
        if (own.length === 0 && category.nationalIdentityCodeGround !== undefined) {
          children.push(fact(labelled(context.t('data.identityCodeGround'), [text(context.t(`identityCodeGround.${category.nationalIdentityCodeGround}`))])));
        }
        return listItem(children);
      });
      if (!showsLabels(dataCategories, categories)) part.push(...categories.flatMap((_, index) => descriptions(index)));
      else if (items.length > 0) part.push(list(items));
      blocks.push(...headed(context.t('data.categories'), part));
    }
    return blocks;
  },
};

/** A part under its heading; nothing, heading included, when the part is empty. */
function headed(title: string, part: BlockContent[]): BlockContent[] {
  return part.length === 0 ? [] : [heading(3, [text(title)]), ...part];
}
