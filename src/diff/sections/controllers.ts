import { stated, type Contact, type Controller, type Notice } from '../../model/index.ts';
import { item, matchItems, property, ROOT } from '../align.ts';
import type { DiffContext } from '../context.ts';
import { changeValue, sameValue } from '../values.ts';

const ENTITIES = property(ROOT, 'entities');
const NOTICE_ENTITIES = property(property(ROOT, 'controllers'), 'entities');

/** The organisation's entities a notice names as controllers, by id. */
function controllerIds(notice: Notice): Set<string> {
  return new Set(notice.controllerEntries.flatMap((entry) => (entry.entity === undefined ? [] : [entry.entity.id])));
}

/** An entity as the notice's controllers list names it, with the name the organisation gives it. */
function entityLabel(notice: Notice, id: string): Controller['name'] | undefined {
  return notice.organisation.document.entities.find((entity) => entity.id === id)?.name;
}

/**
 * Who is responsible, and how to reach them: controllers the notice names
 * (a new one is material), the legal identity of a controller (a new business
 * ID is another legal person: material; a new name minor), the contact
 * details of the controllers and the organisation, the data protection
 * officer and the notice's own contacts (minor). Entities of the organisation
 * that neither version names as a controller are left out.
 */
export function compareControllers(context: DiffContext): void {
  const matched = matchItems(stated(context.old.document.controllers)?.entities, stated(context.new.document.controllers)?.entities);
  const idOf = (entry: string | { readonly entity?: string }) => (typeof entry === 'string' ? entry : entry.entity);
  for (const { key, item: entry, index } of matched.added) {
    const id = idOf(entry);
    const label = id === undefined ? undefined : entityLabel(context.new, id);
    context.add({
      kind: 'controller-added',
      significance: 'material',
      ...(id === undefined ? {} : { id }),
      ...(label === undefined ? {} : { label }),
      place: item(NOTICE_ENTITIES, key, undefined, index),
    });
  }
  for (const { key, item: entry, index } of matched.removed) {
    const id = idOf(entry);
    const label = id === undefined ? undefined : entityLabel(context.old, id);
    context.add({
      kind: 'controller-removed',
      significance: 'minor',
      ...(id === undefined ? {} : { id }),
      ...(label === undefined ? {} : { label }),
      place: item(NOTICE_ENTITIES, key, index, undefined),
    });
  }

  // a list of ids is one value to the comparison of what is left: the controllers added and removed are that value's change
  if (matched.added.length > 0 || matched.removed.length > 0) context.claim('notice', NOTICE_ENTITIES.path, 'values');
  const { document: oldOrganisation } = context.old.organisation;
  const { document: newOrganisation } = context.new.organisation;
  if (!sameValue(oldOrganisation, newOrganisation)) compareOrganisation(context);
  compareContacts(context);
}

/** What concerns the notice in its organisation file: its controllers' identity and contact details, the organisation's, and the DPO. */
function compareOrganisation(context: DiffContext): void {
  const named = new Set([...controllerIds(context.old), ...controllerIds(context.new)]);
  const entities = matchItems(context.old.organisation.document.entities, context.new.organisation.document.entities);
  // an entity new to the organisation or gone from it is a controller added or removed above, or no concern of this notice
  for (const { key } of [...entities.added, ...entities.removed]) context.claim('organisation', item(ENTITIES, key, undefined, undefined).path, 'all');
  for (const { key, old, new: current } of entities.kept) {
    const place = item(ENTITIES, key, old.index, current.index);
    if (!named.has(current.item.id)) {
      context.claim('organisation', place.path, 'all');
      continue;
    }
    if (!controllerIds(context.old).has(current.item.id) || !controllerIds(context.new).has(current.item.id)) continue;
    for (const field of ['businessId', 'name'] as const) {
      if (sameValue(old.item[field], current.item[field])) continue;
      const from = changeValue(old.item[field]);
      const to = changeValue(current.item[field]);
      context.add({
        kind: 'controller-changed',
        significance: field === 'businessId' ? 'material' : 'minor',
        id: current.item.id,
        label: current.item.name,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        place: property(place, field),
        file: 'organisation',
      });
    }
    if (!sameValue(old.item.contact, current.item.contact)) {
      context.add({
        kind: 'contact-changed',
        significance: 'minor',
        id: current.item.id,
        label: current.item.name,
        place: property(place, 'contact'),
        file: 'organisation',
        covers: 'all',
      });
    }
  }
  const { document: oldOrganisation } = context.old.organisation;
  const { document: newOrganisation } = context.new.organisation;
  if (!sameValue(oldOrganisation.contact, newOrganisation.contact)) {
    context.add({
      kind: 'contact-changed',
      significance: 'minor',
      label: newOrganisation.name,
      place: property(ROOT, 'contact'),
      file: 'organisation',
      covers: 'all',
    });
  }
  if (!sameValue(oldOrganisation.dpo, newOrganisation.dpo)) {
    const designated = (value: typeof oldOrganisation.dpo) => (value === undefined ? 'not-stated' : value.designated ? 'designated' : 'not-designated');
    context.add({
      kind: 'dpo-changed',
      significance: 'minor',
      from: designated(oldOrganisation.dpo),
      to: designated(newOrganisation.dpo),
      place: property(ROOT, 'dpo'),
      file: 'organisation',
      covers: 'all',
    });
  }
}

/** The notice's own contacts, by topic: any value added, removed or changed. */
function compareContacts(context: DiffContext): void {
  const list = property(ROOT, 'contacts');
  const matched = matchItems(context.old.document.contacts, context.new.document.contacts);
  for (const { key, item: contact, index } of matched.added)
    context.add({ kind: 'contact-changed', significance: 'minor', id: contact.topic, to: contact.topic, place: item(list, key, undefined, index) });
  for (const { key, item: contact, index } of matched.removed)
    context.add({ kind: 'contact-changed', significance: 'minor', id: contact.topic, from: contact.topic, place: item(list, key, index, undefined) });
  for (const { key, old, new: current } of matched.kept) {
    // the contact's own words (a role, a note) are texts, compared with the other texts
    const values = (contact: Contact) => ({ ...contact, role: undefined, note: undefined });
    if (!sameValue(values(old.item), values(current.item)))
      context.add({ kind: 'contact-changed', significance: 'minor', id: current.item.topic, place: item(list, key, old.index, current.index) });
  }
}
