import type { Draft } from '../draft.ts';
import type { Section } from '../sections.ts';
import { addToContact, ContactReader, contactLabel, isLabelOnly } from './contact-lines.ts';
import { headerRows, linesOf, placed } from './prose.ts';

/**
 * A section of contacts (`Yhteystiedot`, `Yhteyshenkilö`, the data protection
 * officer): each label (`Rekisteriä koskien:`) starts a contact of its
 * topic, and the lines below give its e-mail addresses, telephone numbers,
 * address, web form, the person's name and role; any other words are the
 * contact's note. Lines before any label belong to a contact of the
 * section's own topic (the DPO's: privacy).
 */
export function placeContacts(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const readers: ContactReader[] = [];
  const base = draft.parts.contacts?.length ?? 0;
  let current: ContactReader | undefined;
  const start = (reader: ContactReader) => {
    readers.push(reader);
    current = reader;
    return reader;
  };
  const fallbackTopic = section.topic === 'dpo' ? 'privacy' : 'register';
  for (const { text: line } of linesOf(section.blocks.filter((block) => !(block.kind === 'row' && block.emphasised === true)))) {
    if (isLabelOnly(line)) {
      draft.structure.push(line);
      continue;
    }
    const label = contactLabel(line);
    if (label !== undefined && (current === undefined || !current.empty || label.rest !== '')) {
      const reader = start(new ContactReader(label.topic, label.label));
      draft.structure.push(line);
      if (label.rest !== '') {
        const rest = addToContact(reader, label.rest, `/contacts/${String(base + readers.length - 1)}`, draft);
        if (rest !== '') reader.notes.push(label.rest);
      }
      continue;
    }
    const reader = current ?? start(new ContactReader(fallbackTopic));
    const rest = addToContact(reader, line, `/contacts/${String(base + readers.indexOf(reader))}`, draft);
    if (rest === '') draft.factLines.push(line);
    else reader.notes.push(line);
  }
  const pointers: string[] = [];
  for (const reader of readers) {
    const contact = reader.toContact(draft);
    if (contact === undefined) continue;
    (draft.parts.contacts ??= []).push(contact);
    pointers.push(`/contacts/${String(draft.parts.contacts.length - 1)}`);
  }
  placed(draft, section, section.topic, pointers);
}
