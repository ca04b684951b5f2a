import { toString } from 'mdast-util-to-string';
import type { BlockContent, PhrasingContent } from 'mdast';
import {
  at,
  controllerContact,
  noticePointer,
  organisationPointer,
  stated,
  type Controller,
  type ControllerEntry,
  type PerLanguage,
} from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { asLines, contactLines } from '../format.ts';
import { heading, labelled, paragraph, strong, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/**
 * Who is responsible and how to reach them: the controllers as the notice
 * names them (an entity, a unit of it, or both), the joint arrangement, the
 * organisation's DPO and representative, and the notice's contacts.
 */
export const controllerSection: SectionBuilder = {
  key: 'controller',
  build(context) {
    const { notice } = context;
    const blocks: BlockContent[] = [...controllerBlocks(context)];

    const { dpo, representative } = notice.organisation.document;
    const organisation = notice.organisation.source;
    if (dpo !== undefined) {
      const title = context.t('dpo.heading');
      blocks.push(heading(3, [text(title)]));
      // a role that only repeats the heading (`Tietosuojavastaava` under “Tietosuojavastaava”) is said once
      const role = context.inline(dpo.role, organisationPointer('dpo', 'role'), organisation);
      const ownRole = toString({ type: 'paragraph', children: role }).trim().toLowerCase() === title.toLowerCase() ? [] : role;
      if (!dpo.designated) blocks.push(paragraph([text(context.t('dpo.notDesignated'))]));
      else
        blocks.push(
          paragraph(
            asLines([
              ...person(dpo.name, ownRole, context),
              ...contactLines(dpo.contact, context, { pointer: organisationPointer('dpo', 'contact'), source: organisation }),
            ]),
          ),
        );
    }
    if (representative !== undefined) {
      const details = contactLines(representative.contact, context, { pointer: organisationPointer('representative', 'contact'), source: organisation });
      blocks.push(heading(3, [text(context.t('controller.representative'))]), paragraph(asLines([[strong(context.value(representative.name))], ...details])));
    }

    const contacts = notice.document.contacts ?? [];
    if (contacts.length > 0) {
      blocks.push(heading(3, [text(context.t('contact.heading'))]));
      contacts.forEach((contact, index) => {
        const pointer = noticePointer('contacts', index);
        const lines = [
          [strong([text(`${context.t(`contact.topic.${contact.topic}`)}:`)])],
          ...person(contact.name, context.inline(contact.role, at(pointer, 'role')), context),
          ...contactLines(contact, context, { pointer }),
        ];
        blocks.push(paragraph(asLines(lines)), ...context.blocks(contact.note, at(pointer, 'note')));
      });
    }
    return blocks;
  },
};

/** The controllers, where the notice names them: entries that share the organisation's details together, then the details once. */
function controllerBlocks(context: RenderContext): BlockContent[] {
  const { notice } = context;
  const controllers = stated(notice.document.controllers);
  if (controllers === undefined) return [];
  const entries = notice.controllerEntries;
  const joint = controllers.jointControllership;
  const blocks: BlockContent[] = [];
  const shared = entries.filter((entry) => entry.entity?.contact === undefined);
  const own = entries.filter((entry) => entry.entity?.contact !== undefined);
  if (shared.length > 0) blocks.push(entriesBlock(shared, context));
  for (const entry of own) blocks.push(entriesBlock([entry], context));
  if (joint !== undefined) blocks.push(...context.blocks(joint.parties, noticePointer('controllers', 'jointControllership', 'parties')));
  const alias = context.inline(controllers.referredToAs, noticePointer('controllers', 'referredToAs'));
  if (alias.length > 0) blocks.push(paragraph([text('('), ...alias, text(').')]));
  if (joint?.arrangement !== undefined) {
    blocks.push(
      paragraph([strong([text(context.t('controller.arrangement'))])]),
      ...context.blocks(joint.arrangement, noticePointer('controllers', 'jointControllership', 'arrangement')),
    );
  }
  if (joint?.contactPoint !== undefined) {
    const { contactPoint } = joint;
    const point =
      typeof contactPoint === 'string'
        ? context.value(notice.controllers.find((controller) => controller.id === contactPoint)?.name ?? contactPoint)
        : context.inline(contactPoint, noticePointer('controllers', 'jointControllership', 'contactPoint'));
    blocks.push(paragraph(labelled(context.t('controller.contactPoint'), point)));
  }
  if (blocks.length === 0) return [];
  const label = joint !== undefined ? 'controller.joint' : entries.length > 1 ? 'controller.many' : 'controller.one';
  return [heading(3, [text(context.t(label))]), ...blocks];
}

/** Controllers named together, each with its business ID, then the contact details that apply to them. */
function entriesBlock(entries: readonly ControllerEntry[], context: RenderContext): BlockContent {
  const names = entries.map((entry) => [
    strong(controllerName(entry, context)),
    ...(entry.entity?.businessId === undefined ? [] : [text(` (${context.t('controller.businessId')} ${entry.entity.businessId})`)]),
  ]);
  const entity = entries.find((entry) => entry.entity !== undefined)?.entity;
  return paragraph(asLines([...names, ...(entity === undefined ? [] : controllerDetailsLines(entity, context))]));
}

/** A controller as the notice names it, in the page's language: `Entity`, `Entity, Unit`, or a unit alone. */
export function controllerName(entry: ControllerEntry, context: RenderContext): PhrasingContent[] {
  const entity = context.value(entry.entity?.name);
  const unit = context.value(entry.unit);
  return [...entity, ...(entity.length > 0 && unit.length > 0 ? [text(', ')] : []), ...unit];
}

/** The contact details that apply to a controller (its own, else the organisation's), as lines. */
export function controllerDetailsLines(controller: Controller, context: RenderContext): PhrasingContent[][] {
  const { organisation } = context.notice;
  const index = organisation.document.entities.findIndex((entity) => entity.id === controller.id);
  const pointer = controller.contact === undefined ? organisationPointer('contact') : organisationPointer('entities', index, 'contact');
  return contactLines(controllerContact(context.notice, controller), context, { pointer, source: organisation.source });
}

/** A person's role and name, as one line: `Tietosuojavastaava, Maija Meikäläinen`. */
function person(name: PerLanguage<string> | undefined, role: PhrasingContent[], context: RenderContext): PhrasingContent[][] {
  const named = context.value(name);
  const parts = [...role, ...(role.length > 0 && named.length > 0 ? [text(', ')] : []), ...named];
  return parts.length === 0 ? [] : [parts];
}
