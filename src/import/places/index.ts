import type { Draft } from '../draft.ts';
import type { Topic } from '../headings.ts';
import type { Section } from '../sections.ts';
import { placeAutomated } from './automated.ts';
import { placeChanges } from './changes.ts';
import { placeContacts } from './contacts.ts';
import { placeController } from './controller.ts';
import { placeDataCategories, placeDataSubjects } from './data.ts';
import { placeLegalBasis } from './legal-basis-section.ts';
import { placeProvision } from './provision.ts';
import { placed, placeUnplaced } from './prose.ts';
import { placePurposes } from './purposes.ts';
import { placeRecipients } from './recipients.ts';
import { placeRegister } from './register.ts';
import { placeRetention } from './retention.ts';
import { placeComplaint, placeRights } from './rights.ts';
import { placeSecurity } from './security.ts';
import { placeSources } from './sources.ts';
import { placeTransfers } from './transfers.ts';

/** The builder of each place in the model: it reads a section of the original into the draft. */
export const places: Readonly<Record<Topic, (section: Section, draft: Draft) => void>> = {
  controller: placeController,
  contacts: placeContacts,
  dpo: placeContacts,
  register: placeRegister,
  purposes: placePurposes,
  legalBasis: placeLegalBasis,
  provision: placeProvision,
  dataSubjects: placeDataSubjects,
  dataCategories: placeDataCategories,
  sources: placeSources,
  recipients: placeRecipients,
  transfers: placeTransfers,
  retention: placeRetention,
  security: placeSecurity,
  automated: placeAutomated,
  rights: placeRights,
  right: placeRights,
  complaint: placeComplaint,
  changes: placeChanges,
};

/** Places one section: by the builder of its topic, or, under a heading that names nothing, in `unplaced`. */
export function placeSection(section: Section, draft: Draft): void {
  if (section.topic === undefined) {
    // a heading with nothing under it is kept too: it may be all the original says on something
    const pointer = section.blocks.length === 0 ? draft.unplace(section.heading.text, section.heading.text) : placeUnplaced(section, draft);
    placed(draft, section, 'unplaced', [pointer]);
    return;
  }
  places[section.topic](section, draft);
}

export { placePreamble } from './preamble.ts';
export { registerFrom } from './register.ts';
export { REFERRED_TO_AS } from './controller.ts';
