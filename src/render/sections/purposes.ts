import type { BlockContent } from 'mdast';
import { at, noticePointer, purposesOf, stated } from '../../model/index.ts';
import { labelled, list, listItem, paragraph, strong } from '../nodes.ts';
import { legalBasisBlocks, provisionBlocks } from './legal-basis.ts';
import type { SectionBuilder } from './section.ts';

/**
 * Why the data are processed and on what legal basis, purpose by purpose, in
 * the notice's words; a legal basis or requirement it states as a value and
 * not in words is shown as a fact. Direct-marketing channels and audiences are
 * not restated: the purpose's description is the notice's word on them.
 */
export const purposesSection: SectionBuilder = {
  key: 'purposes',
  build(context) {
    const { document } = context.notice;
    const purposes = stated(document.purposes);
    const items = purposesOf(context.notice);
    const general = stated(document.legalBasis);
    const provision = stated(document.provision);
    if (purposes === undefined && general === undefined && provision === undefined) return [];
    const blocks = context.blocks(purposes?.description, noticePointer('purposes', 'description'));
    const listed = items.map((purpose, index) => {
      const pointer = noticePointer('purposes', 'items', index);
      const name = context.inline(purpose.name, at(pointer, 'name'));
      const children: BlockContent[] = [
        ...(name.length > 0 ? [paragraph([strong(name)])] : []),
        ...context.blocks(purpose.description, at(pointer, 'description')),
      ];
      const basis = stated(purpose.legalBasis);
      if (basis !== undefined) children.push(...legalBasisBlocks(basis, at(pointer, 'legalBasis'), context));
      const own = stated(purpose.provision);
      if (own !== undefined) children.push(...provisionBlocks(own, at(pointer, 'provision'), context));
      const refuse = purpose.directMarketing?.howToRefuse;
      if (refuse !== undefined)
        children.push(paragraph(labelled(context.t('directMarketing.howToRefuse'), context.inline(refuse, at(pointer, 'directMarketing', 'howToRefuse')))));
      return listItem(children);
    });
    if (listed.length > 0) blocks.push(list(listed, 'purposes'));
    if (general !== undefined) {
      // "for all purposes" only when it is: a purpose with a basis of its own is not covered by the notice's.
      const label = items.some((purpose) => stated(purpose.legalBasis) !== undefined) ? 'legalBasis.others' : 'legalBasis.general';
      blocks.push(...legalBasisBlocks(general, noticePointer('legalBasis'), context, label));
    }
    if (provision !== undefined) blocks.push(...provisionBlocks(provision, noticePointer('provision'), context));
    return blocks;
  },
};
