import { addressLine, FINNISH_DPA, type Address } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

const YEAR_IN_DAYS = 365;

export const saContact = defineRule({
  meta: {
    id: 'sa-contact',
    description: 'Supervisory authority contact details given by the organisation are current.',
    law: [
      { source: 'GDPR', provision: 'Art. 13(2)(d), 77' },
      { source: 'Tietosuojalaki 1050/2018', provision: '8 §' },
    ],
    messages: {
      stale: 'The Data Protection Ombudsman’s {{field}} is `{{given}}`, but is now `{{current}}`: remove `supervisoryAuthority` to use the details seloste keeps current, or correct it',
      unverified: 'The supervisory authority’s details were last checked on {{date}}, over a year ago: check them against the authority’s site and update `verifiedOn`',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    const authority = notice.organisation.document.supervisoryAuthority;
    if (authority === undefined) return;
    const isFinnishDpa = Object.values(authority.name).some((name) => Object.values(FINNISH_DPA.name).includes(name));
    if (isFinnishDpa) {
      const current = FINNISH_DPA.contact;
      const fields = [
        ['email', authority.contact.email, current.email],
        ['phone', authority.contact.phone, current.phone],
        ['postalAddress', address(authority.contact.postalAddress), address(current.postalAddress)],
        ['visitingAddress', address(authority.contact.visitingAddress), address(current.visitingAddress)],
      ] as const;
      for (const [field, given, expected] of fields) {
        if (given !== undefined && expected !== undefined && given !== expected) {
          context.report({ pointer: `/supervisoryAuthority/contact/${field}`, messageId: 'stale', file: 'organisation', data: { field, given, current: expected } });
        }
      }
    }
    if (daysBetween(authority.verifiedOn, context.today) > YEAR_IN_DAYS) context.report({ pointer: '/supervisoryAuthority/verifiedOn', messageId: 'unverified', file: 'organisation', data: { date: authority.verifiedOn } });
  },
});

function address(value: Address | undefined): string | undefined {
  return value === undefined ? undefined : addressLine(value);
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
