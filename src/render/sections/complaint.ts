import { supervisoryAuthorityOf } from '../../model/index.ts';
import { asLines, contactLines } from '../format.ts';
import { paragraph, strong, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/** How to complain to the supervisory authority, with its current contact details (GDPR Art. 13(2)(d), 77). */
export const complaintSection: SectionBuilder = {
  key: 'complaint',
  build(context) {
    const authority = supervisoryAuthorityOf(context.notice);
    const name = context.inline(authority.name, authority.isFinnishDefault ? '' : '/supervisoryAuthority/name', context.notice.organisation.source);
    return [
      paragraph([text(context.t(authority.isFinnishDefault ? 'complaint.text' : 'complaint.textOther'))]),
      paragraph(asLines([[strong(name)], ...contactLines(authority.contact, context)])),
    ];
  },
};
