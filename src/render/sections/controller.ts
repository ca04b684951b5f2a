import type { BlockContent, PhrasingContent } from 'mdast';
import { controllerContact, type Controller } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { asLines, contactLines } from '../format.ts';
import { heading, labelled, paragraph, strong, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** Who is responsible and how to reach them: controllers, joint arrangement, DPO, representative, contacts. */
export const controllerSection: SectionBuilder = {
  key: 'controller',
  build(context) {
    const { notice } = context;
    const blocks: BlockContent[] = [];
    const joint = notice.document.controllers.jointControllership;
    const label = joint !== undefined ? 'controller.joint' : notice.controllers.length > 1 ? 'controller.many' : 'controller.one';
    blocks.push(heading(3, [text(context.t(label))]));

    // Entities that share the organisation's details are listed together, then the details once.
    const shared = notice.controllers.filter((controller) => controller.contact === undefined);
    const own = notice.controllers.filter((controller) => controller.contact !== undefined);
    if (shared.length > 0) blocks.push(...controllerBlock(shared, context));
    for (const controller of own) blocks.push(...controllerBlock([controller], context));
    blocks.push(...referredToAs(context));

    if (joint !== undefined) {
      blocks.push(paragraph([strong([text(context.t('controller.arrangement'))])]), ...context.blocks(joint.arrangement, '/controllers/jointControllership/arrangement'));
      const point = notice.controllers.find((controller) => controller.id === joint.contactPoint);
      if (point !== undefined) blocks.push(paragraph(labelled(context.t('controller.contactPoint'), [text(point.name)])));
    }

    const { dpo, representative } = notice.organisation.document;
    if (dpo !== undefined) {
      blocks.push(heading(3, [text(context.t('dpo.heading'))]));
      if (!dpo.designated) blocks.push(paragraph([text(context.t('dpo.notDesignated'))]));
      else blocks.push(paragraph(asLines([...person(dpo, context.inline(dpo.role, '/dpo/role', notice.organisation.source)), ...contactLines(dpo.contact, context)])));
    }
    if (representative !== undefined) {
      blocks.push(heading(3, [text(context.t('controller.representative'))]), paragraph(asLines([[strong([text(representative.name)])], ...contactLines(representative.contact, context)])));
    }

    const contacts = notice.document.contacts ?? [];
    if (contacts.length > 0) {
      blocks.push(heading(3, [text(context.t('contact.heading'))]));
      contacts.forEach((contact, index) => {
        const lines = [[strong([text(`${context.t(`contact.topic.${contact.topic}`)}:`)])], ...person(contact, context.inline(contact.role, `/contacts/${index}/role`)), ...contactLines(contact, context)];
        blocks.push(paragraph(asLines(lines)), ...context.blocks(contact.note, `/contacts/${index}/note`));
      });
    }
    return blocks;
  },
};

function controllerBlock(controllers: readonly Controller[], context: RenderContext): BlockContent[] {
  const names = controllers.map((controller) => [strong([text(controller.name)]), ...(controller.businessId === undefined ? [] : [text(` (${context.t('controller.businessId')} ${controller.businessId})`)])]);
  const details = contactLines(controllers[0] === undefined ? undefined : controllerContact(context.notice, controllers[0]), context);
  return [paragraph(asLines([...names, ...details]))];
}

/** A person's role and name, as one line: `Tietosuojavastaava, Maija Meikäläinen`. */
function person(details: { readonly name?: string }, role: PhrasingContent[]): PhrasingContent[][] {
  const parts = [...role, ...(role.length > 0 && details.name !== undefined ? [text(', ')] : []), ...(details.name === undefined ? [] : [text(details.name)])];
  return parts.length === 0 ? [] : [parts];
}

function referredToAs(context: RenderContext): BlockContent[] {
  const alias = context.inline(context.notice.document.controllers.referredToAs, '/controllers/referredToAs');
  return alias.length === 0 ? [] : [paragraph([text('('), ...alias, text(').')])];
}

