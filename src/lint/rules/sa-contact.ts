import {
  addressLine,
  allValues,
  at,
  emailsOf,
  FINNISH_DPA,
  noticePointer,
  organisationPointer,
  phonesOf,
  placeOf,
  valueIn,
  type Address,
  type LabelledValue,
  type LocalizedText,
  type PerLanguage,
  type Place,
} from '../../model/index.ts';
import { comparableEmail, comparablePhone } from '../contact-details.ts';
import { complaintStatement } from '../helpers.ts';
import { defineRule } from '../rule.ts';

const YEAR_IN_DAYS = 365;

/** Contact details in a text: an e-mail or web address, a domain, a telephone number, a P.O. box or a postal code and town. */
const CONTACT_DETAILS =
  /[^\s@]+@[^\s@]+\.\p{L}{2,}|https?:\/\/|\bwww\.|\b[\p{L}\d-]+\.(?:fi|se|eu|com|org|net)\b|\+?\d[\d ()-]{6,}\d|\b(?:PL|PB|P\.\s?O\.\s?Box)\s*\d+|\b\d{5}\s+\p{Lu}/iu;

export const saContact = defineRule({
  meta: {
    id: 'sa-contact',
    description: 'The right to complain comes with the supervisory authority’s contact details, and details the organisation gives are current.',
    law: [
      { source: 'GDPR', provision: 'Art. 13(2)(d), 77' },
      { source: 'Tietosuojalaki 1050/2018', provision: '8 §' },
    ],
    messages: {
      noContact:
        'The right to complain is stated without saying how to reach the supervisory authority: add `complaint: {authority: fi}` to show the Data Protection Ombudsman’s contact details, or give them in the notice’s own words',
      noAuthority:
        '`authority: organisation` asks for the supervisory authority of organisation.yaml, which gives none: add `supervisoryAuthority` there, or write `authority: fi`',
      stale:
        'The Data Protection Ombudsman’s {{field}} is `{{given}}`, but is now `{{current}}`: remove `supervisoryAuthority` to use the details seloste keeps current, or correct it',
      unverified:
        'The supervisory authority’s details were last checked on {{date}}, over a year ago: check them against the authority’s site and update `verifiedOn`',
    },
    defaultSeverity: 'warning',
    messageSeverities: { noContact: 'info' },
    recommended: true,
  },
  check(notice, context) {
    const statement = complaintStatement(notice);
    const authority = notice.organisation.document.supervisoryAuthority;
    if (statement !== undefined && statement.authority === undefined && !statement.texts.some(hasContactDetails))
      context.report({ pointer: statement.pointer, target: 'key', messageId: 'noContact' });
    if (statement?.authority === 'organisation' && authority === undefined)
      context.report({ pointer: noticePointer('complaint', 'authority'), messageId: 'noAuthority' });
    if (authority === undefined) return;
    const isFinnishDpa = Object.values(authority.name).some((name) => Object.values(FINNISH_DPA.name).includes(name));
    if (isFinnishDpa) {
      const current = FINNISH_DPA.contact;
      const base = organisationPointer('supervisoryAuthority', 'contact');
      const stale = (field: string, pointer: string, given: string, expected: string) =>
        context.report({ pointer, messageId: 'stale', file: 'organisation', data: { field, given, current: expected } });
      // emailsOf and phonesOf give each value's pointer relative to the contact details
      const within = (value: LabelledValue) => placeOf<PerLanguage<string>>(`${base}${value.pointer}`);
      compareValues('email', emailsOf(authority.contact), emailsOf(current), comparableEmail, within, stale);
      compareValues('phone', phonesOf(authority.contact), phonesOf(current), comparablePhone, within, stale);
      for (const field of ['postalAddress', 'visitingAddress'] as const) {
        const given = authority.contact[field];
        const expected = current[field];
        if (given !== undefined && expected !== undefined && addressKey(given) !== addressKey(expected))
          stale(field, at(base, field), address(given), address(expected));
      }
    }
    if (daysBetween(authority.verifiedOn, context.today) > YEAR_IN_DAYS)
      context.report({
        pointer: organisationPointer('supervisoryAuthority', 'verifiedOn'),
        messageId: 'unverified',
        file: 'organisation',
        data: { date: authority.verifiedOn },
      });
  },
});

/** Reports each value given that is not one of the current values, compared as `comparable` makes them. */
function compareValues(
  field: string,
  given: readonly LabelledValue[],
  current: readonly LabelledValue[],
  comparable: (value: string) => string,
  placeOfValue: (value: LabelledValue) => Place<PerLanguage<string>>,
  stale: (field: string, pointer: string, given: string, expected: string) => void,
): void {
  const expected = current.flatMap((value) => allValues(value.value).map((entry) => entry.value));
  const first = expected[0];
  if (first === undefined) return;
  const known = new Set(expected.map(comparable));
  for (const value of given) {
    for (const { lang, value: text } of allValues(value.value)) {
      if (!known.has(comparable(text))) stale(field, lang === undefined ? placeOfValue(value) : at(placeOfValue(value), lang), text, first);
    }
  }
}

/** What identifies an address: its street as written in Finnish (or its one street), P.O. box and postal code. */
function addressKey(value: Address): string {
  const street = value.street === undefined ? '' : ((valueIn(value.street, 'fi', []) ?? allValues(value.street)[0])?.value ?? '');
  return JSON.stringify([street.trim().toLowerCase(), value.poBox ?? '', value.postalCode ?? '']);
}

function address(value: Address): string {
  return addressLine(value, 'en', ['fi'], (box) => `P.O. Box ${box}`);
}

function hasContactDetails(text: LocalizedText): boolean {
  return Object.values(text).some((words) => CONTACT_DETAILS.test(words));
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
