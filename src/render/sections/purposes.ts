import type { BlockContent } from 'mdast';
import type { DirectMarketing } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { termList } from '../format.ts';
import { fact, labelled, list, listItem, paragraph, strong, text } from '../nodes.ts';
import { legalBasisBlocks, provisionBlocks } from './legal-basis.ts';
import type { SectionBuilder } from './section.ts';

/** Why the data are processed and on what legal basis, purpose by purpose. */
export const purposesSection: SectionBuilder = {
  key: 'purposes',
  build(context) {
    const { document } = context.notice;
    const blocks = context.blocks(document.purposes.description, '/purposes/description');
    const items = document.purposes.items.map((purpose, index) => {
      const pointer = `/purposes/items/${index}`;
      const name = context.inline(purpose.name, `${pointer}/name`);
      const children = [...(name.length > 0 ? [paragraph([strong(name)])] : []), ...context.blocks(purpose.description, `${pointer}/description`)];
      if (purpose.legalBasis !== undefined) children.push(...legalBasisBlocks(purpose.legalBasis, `${pointer}/legalBasis`, context));
      if (purpose.provision !== undefined) children.push(...provisionBlocks(purpose.provision, `${pointer}/provision`, context));
      if (purpose.directMarketing !== undefined) children.push(...directMarketingBlocks(purpose.directMarketing, `${pointer}/directMarketing`, context));
      return listItem(children);
    });
    blocks.push(list(items, 'purposes'));
    if (document.legalBasis !== undefined) {
      // "for all purposes" only when it is: a purpose with a basis of its own is not covered by the notice's.
      const label = document.purposes.items.some((purpose) => purpose.legalBasis !== undefined) ? 'legalBasis.others' : 'legalBasis.general';
      blocks.push(...legalBasisBlocks(document.legalBasis, '/legalBasis', context, label));
    }
    if (document.provision !== undefined) blocks.push(...provisionBlocks(document.provision, '/provision', context));
    return blocks;
  },
};

function directMarketingBlocks(marketing: DirectMarketing, pointer: string, context: RenderContext): BlockContent[] {
  const blocks: BlockContent[] = [
    fact(labelled(context.t('directMarketing.channels'), [text(termList(context, 'channel', marketing.channels))])),
    fact(labelled(context.t('directMarketing.audiences'), [text(termList(context, 'audience', marketing.audiences))])),
  ];
  if (marketing.howToRefuse !== undefined) blocks.push(paragraph(labelled(context.t('directMarketing.howToRefuse'), context.inline(marketing.howToRefuse, `${pointer}/howToRefuse`))));
  return blocks;
}
