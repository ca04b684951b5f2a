import finnishDpa from './data/finnish-dpa.json' with { type: 'json' };
import type { Notice } from './types.ts';
import type { ContactDetails, LocalizedText } from './vocabulary.ts';

/** A supervisory authority as shown to readers. */
export interface SupervisoryAuthority {
  readonly name: LocalizedText;
  readonly contact: ContactDetails;
  readonly verifiedOn: string;
  /** Whether these are seloste's own details of the Finnish Data Protection Ombudsman. */
  readonly isFinnishDefault: boolean;
}

/** The Office of the Data Protection Ombudsman, with the contact details seloste keeps current. */
export const FINNISH_DPA: SupervisoryAuthority = {
  name: finnishDpa.name,
  contact: finnishDpa.contact,
  verifiedOn: finnishDpa.verifiedOn,
  isFinnishDefault: true,
};

/** The authority a data subject of this notice may complain to: the organisation's own choice, else the Finnish one. */
export function supervisoryAuthorityOf(notice: Notice): SupervisoryAuthority {
  const own = notice.organisation.document.supervisoryAuthority;
  return own === undefined ? FINNISH_DPA : { ...own, isFinnishDefault: false };
}
