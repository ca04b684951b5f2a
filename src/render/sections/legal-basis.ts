import type { BlockContent } from 'mdast';
import type { LegalBasis, Provision } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { withArticleReferences } from '../format.ts';
import { fact, labelled, paragraph, text } from '../nodes.ts';

/** A legal basis in the notice's words, then as a fact with its article and details. */
export function legalBasisBlocks(basis: LegalBasis, pointer: string, context: RenderContext, labelKey = 'legalBasis.label'): BlockContent[] {
  const blocks = context.blocks(basis.description, `${pointer}/description`);
  blocks.push(fact(labelled(context.t(labelKey), withArticleReferences(legalBasisLabel(basis, context)))));
  if (basis.legitimateInterest !== undefined) blocks.push(paragraph(labelled(context.t('legalBasis.legitimateInterest'), context.inline(basis.legitimateInterest, `${pointer}/legitimateInterest`))));
  if (basis.law !== undefined) blocks.push(paragraph(labelled(context.t('legalBasis.law'), context.inline(basis.law, `${pointer}/law`))));
  if (basis.specialCategoryCondition !== undefined) {
    blocks.push(fact(labelled(context.t('legalBasis.specialCategoryCondition'), withArticleReferences(context.t(`specialCategory.${basis.specialCategoryCondition}`)))));
  }
  if (basis.howToWithdraw !== undefined) blocks.push(paragraph(labelled(context.t('legalBasis.howToWithdraw'), context.inline(basis.howToWithdraw, `${pointer}/howToWithdraw`))));
  return blocks;
}

/** `oikeutettu etu (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta), ensisijaisesti`. */
export function legalBasisLabel(basis: LegalBasis, context: RenderContext): string {
  const label = context.t(`legalBasis.${basis.basis}`);
  return basis.extent === 'primarily' ? context.t('legalBasis.primarily', { basis: label }) : label;
}

/** Whether the data must be provided, and what follows if not (GDPR Art. 13(2)(e)). */
export function provisionBlocks(provision: Provision, pointer: string, context: RenderContext): BlockContent[] {
  const blocks = context.blocks(provision.description, `${pointer}/description`);
  blocks.push(fact(labelled(context.t('provision.label'), [text(context.t(`provision.${provision.requirement}`))])));
  if (provision.consequences !== undefined) blocks.push(paragraph(labelled(context.t('provision.consequences'), context.inline(provision.consequences, `${pointer}/consequences`))));
  return blocks;
}
