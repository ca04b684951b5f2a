import type { BlockContent } from 'mdast';
import { at, noticePointer, stated } from '../../model/index.ts';
import { fact, labelled, list, listItem, paragraph } from '../nodes.ts';
import { namesOf } from '../references.ts';
import type { SectionBuilder } from './section.ts';

/**
 * Where the data come from (GDPR Art. 14(2)(f)), in the notice's words; the
 * data a source gives are listed only where the source has no words of its own.
 */
export const sourcesSection: SectionBuilder = {
  key: 'sources',
  build(context) {
    const sources = stated(context.notice.document.sources);
    if (sources === undefined) return [];
    const blocks = context.blocks(sources.description, noticePointer('sources', 'description'));
    const items = (sources.items ?? []).map((source, index) => {
      const pointer = noticePointer('sources', 'items', index);
      const own = context.blocks(source.description, at(pointer, 'description'));
      const children: BlockContent[] = [paragraph(context.inline(source.label, at(pointer, 'label'))), ...own];
      if (own.length === 0 && source.dataCategories !== undefined) children.push(fact(labelled(context.t('source.dataCategories'), namesOf(context, 'dataCategories', source.dataCategories))));
      return listItem(children);
    });
    if (items.length > 0) blocks.push(list(items));
    return blocks;
  },
};
