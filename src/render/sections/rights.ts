import type { BlockContent, ListItem, PhrasingContent } from 'mdast';
import { applicableRights, contactFor, isDirectMarketing, objectionGrounds, type Right } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { asLines, contactLines } from '../format.ts';
import { division, heading, labelled, list, listItem, paragraph, strong, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/**
 * The data subject's rights, what each means, the right to object set apart
 * (GDPR Art. 21(4): “clearly and separately from any other information”),
 * and how to use the rights.
 */
export const rightsSection: SectionBuilder = {
  key: 'rights',
  build(context) {
    const { notice } = context;
    const rights = notice.document.rights;
    const intro = context.blocks(rights?.description, '/rights/description');
    const blocks: BlockContent[] = intro.length > 0 ? intro : [paragraph([text(context.t('rights.intro'))])];
    blocks.push(list(rightItems(context), 'rights'));
    blocks.push(...objectionBlock(context));
    blocks.push(...howToExercise(context));
    return blocks;
  },
};

/** The rights as the notice groups and words them, else each right that applies on its own. */
function rightItems(context: RenderContext): ListItem[] {
  const items = context.notice.document.rights?.items;
  if (items === undefined) return applicableRights(context.notice).map((right) => rightItem(rightNames([right], context), [right], context, []));
  return items.map((item, index) => {
    const label = context.inline(item.label, `/rights/items/${index}/label`);
    return rightItem(label.length > 0 ? label : rightNames(item.covers, context), item.covers, context, context.blocks(item.description, `/rights/items/${index}/description`));
  });
}

/** The standard names of rights: `Oikeus tarkastaa tiedot ja Oikeus oikaista tiedot`. */
function rightNames(rights: readonly Right[], context: RenderContext): PhrasingContent[] {
  return [text(context.texts.and(rights.map((right) => context.t(`right.${right}.name`))))];
}

function rightItem(label: PhrasingContent[], covers: readonly Right[], context: RenderContext, extra: BlockContent[]) {
  const explanation = covers.map((right) => context.t(`right.${right}.description`)).join(' ');
  return listItem([paragraph([strong(label)]), paragraph([text(explanation)]), ...extra]);
}

function objectionBlock(context: RenderContext): BlockContent[] {
  const grounds = objectionGrounds(context.notice);
  const own = context.blocks(context.notice.document.rights?.objection, '/rights/objection');
  if (!grounds.legitimate && !grounds.directMarketing && own.length === 0) return [];
  const children: BlockContent[] = [heading(3, [text(context.t('objection.heading'))], { id: 'objection' }), ...own];
  if (grounds.legitimate) children.push(paragraph([text(context.t('objection.legitimate'))]));
  if (grounds.directMarketing) {
    children.push(paragraph([strong([text(context.t('objection.directMarketing'))])]));
    context.notice.document.purposes.items.forEach((purpose, index) => {
      if (!isDirectMarketing(purpose) || purpose.directMarketing?.howToRefuse === undefined) return;
      children.push(paragraph(labelled(context.t('directMarketing.howToRefuse'), context.inline(purpose.directMarketing.howToRefuse, `/purposes/items/${index}/directMarketing/howToRefuse`))));
    });
    const optOut = contactFor(context.notice, ['marketing-opt-out']);
    if (optOut !== undefined) children.push(paragraph(asLines(contactLines(optOut, context))));
  }
  return [division(children, 'div', { className: ['objection'] })];
}

function howToExercise(context: RenderContext): BlockContent[] {
  const own = context.blocks(context.notice.document.rights?.howToExercise, '/rights/howToExercise');
  const contact = contactFor(context.notice, ['rights-requests', 'privacy', 'register', 'general']);
  const details = contactLines(contact ?? context.notice.organisation.document.contact, context);
  return [
    heading(3, [text(context.t('rights.howToExercise'))]),
    ...(own.length > 0 ? own : [paragraph([text(context.t('rights.howToExerciseStandard'))])]),
    ...(details.length > 0 ? [paragraph(asLines(details))] : []),
  ];
}
