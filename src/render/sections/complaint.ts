import type { BlockContent } from 'mdast';
import { FINNISH_DPA, noticePointer, organisationPointer, stated, type SupervisoryAuthority } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { asLines, contactLines } from '../format.ts';
import { paragraph, strong, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/**
 * The right to complain to a supervisory authority (GDPR Art. 13(2)(d), 77),
 * as the notice states it: its own words, and the authority's name and
 * contact details only where it asks for them (`authority: fi` for the
 * Finnish Data Protection Ombudsman, `organisation` for the one in
 * organisation.yaml). seloste's standard sentence appears only with the
 * authority, where the notice has no words of its own.
 */
export const complaintSection: SectionBuilder = {
  key: 'complaint',
  build(context) {
    const complaint = stated(context.notice.document.complaint);
    if (complaint === undefined) return [];
    const blocks = context.blocks(complaint.description, noticePointer('complaint', 'description'));
    const authority = complaint.authority === undefined ? undefined : authorityOf(complaint.authority, context);
    if (authority === undefined) return blocks;
    if (blocks.length === 0) blocks.push(paragraph([text(context.t(authority.isFinnishDefault ? 'complaint.text' : 'complaint.textOther'))]));
    blocks.push(authorityBlock(authority, context));
    return blocks;
  },
};

/** The authority the notice asks for; the organisation's own only where organisation.yaml gives one (lint reports it otherwise). */
function authorityOf(asked: 'fi' | 'organisation', context: RenderContext): SupervisoryAuthority | undefined {
  if (asked === 'fi') return FINNISH_DPA;
  const own = context.notice.organisation.document.supervisoryAuthority;
  return own === undefined ? undefined : { ...own, isFinnishDefault: false };
}

function authorityBlock(authority: SupervisoryAuthority, context: RenderContext): BlockContent {
  const organisation = context.notice.organisation.source;
  const name = authority.isFinnishDefault
    ? context.inline(authority.name, '')
    : context.inline(authority.name, organisationPointer('supervisoryAuthority', 'name'), organisation);
  const details = authority.isFinnishDefault
    ? contactLines(authority.contact, context)
    : contactLines(authority.contact, context, { pointer: organisationPointer('supervisoryAuthority', 'contact'), source: organisation });
  return paragraph(asLines([[strong(name)], ...details]));
}
