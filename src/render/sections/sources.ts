import type { BlockContent } from 'mdast';
import { at, noticePointer, stated } from '../../model/index.ts';
import { fact, labelled, list, listItem, paragraph } from '../nodes.ts';
import { showsLabels } from '../listed.ts';
import { namesOf } from '../references.ts';
import type { SectionBuilder } from './section.ts';

/**
 * Where the data come from (GDPR Art. 14(2)(f)), in the notice's words; the
 * sources by their labels unless the notice states them in running text
 * (`listed: false`), and the data a source gives only where the source has no
 * words of its own.
 */
export const sourcesSection: SectionBuilder = {
  key: 'sources',
  build(context) {
    const sources = stated(context.notice.document.sources);
    if (sources === undefined) return [];
    const blocks = context.blocks(sources.description, noticePointer('sources', 'description'));
    const all = sources.items ?? [];
    const descriptions = (index: number) => context.blocks(all[index]?.description, at(noticePointer('sources', 'items', index), 'description'));
    if (!showsLabels(sources, all)) return [...blocks, ...all.flatMap((_, index) => descriptions(index))];
    const items = all.map((source, index) => {
      const own = descriptions(index);
      const children: BlockContent[] = [paragraph(context.inline(source.label, at(noticePointer('sources', 'items', index), 'label'))), ...own];
      if (own.length === 0 && source.dataCategories !== undefined)
        children.push(fact(labelled(context.t('source.dataCategories'), namesOf(context, 'dataCategories', source.dataCategories))));
      return listItem(children);
    });
    if (items.length > 0) blocks.push(list(items));
    return blocks;
  },
};
