import type { BlockContent } from 'mdast';
import { annotated } from '../format.ts';
import { fact, labelled, list, listItem, paragraph } from '../nodes.ts';
import { namesOf } from '../references.ts';
import type { SectionBuilder } from './section.ts';

/** Where the data come from (GDPR Art. 14(2)(f)). */
export const sourcesSection: SectionBuilder = {
  key: 'sources',
  build(context) {
    const { sources } = context.notice.document;
    if (sources === undefined) return [];
    const blocks = context.blocks(sources.description, '/sources/description');
    if (sources.items !== undefined) {
      const items = sources.items.map((source, index) => {
        const pointer = `/sources/items/${index}`;
        const notes = [
          ...(source.publiclyAvailable === true ? [context.t('source.publiclyAvailable')] : []),
          ...(source.collectedWithConsent === true ? [context.t('source.collectedWithConsent')] : []),
        ];
        const children: BlockContent[] = [paragraph(annotated(context.inline(source.label, `${pointer}/label`), notes)), ...context.blocks(source.description, `${pointer}/description`)];
        if (source.dataCategories !== undefined) children.push(fact(labelled(context.t('source.dataCategories'), namesOf(context, 'dataCategories', source.dataCategories))));
        return listItem(children);
      });
      blocks.push(list(items));
    }
    return blocks;
  },
};
