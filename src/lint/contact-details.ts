import {
  allValues,
  at,
  emailsOf,
  isPerLanguage,
  noticePointer,
  organisationPointer,
  phonesOf,
  placeOf,
  telephoneLink,
  type Address,
  type ContactDetails,
  type ControllerEntry,
  type Notice,
  type NoticeValue,
  type PerLanguage,
  type Place,
} from '../model/index.ts';
import type { Report } from './rule.ts';

/** What a structured value is, which decides how lint compares and checks it. */
export type StructuredKind = 'email' | 'phone' | 'web' | 'address-line' | 'name';

/** A structured value the notice or its organisation file gives: one value, or one per language. */
export interface StructuredValue {
  readonly kind: StructuredKind;
  readonly value: PerLanguage<string>;
  /** Where it is written, in `file`. */
  readonly pointer: Place<PerLanguage<string>>;
  readonly file: NonNullable<Report['file']>;
}

/** Contact details as the notice (`contacts`) and the organisation file (`contact`, …) give them. */
type AnyContact = Pick<ContactDetails, 'email' | 'phone' | 'postalAddress' | 'website' | 'form'> & { readonly visitingAddress?: Address | undefined };

/**
 * Every e-mail address, telephone number, web address, address line and name
 * that a notice shows: its own contacts, controller units and recipients'
 * names, and its organisation's contact details, entities, data protection
 * officer, representative and supervisory authority.
 */
export function structuredValues(notice: Notice): StructuredValue[] {
  const { document } = notice;
  const organisation = notice.organisation.document;
  const inNotice = (kind: StructuredKind, value: PerLanguage<string> | undefined, pointer: Place<PerLanguage<string>>) =>
    valueAt(kind, value, pointer, 'notice');
  const inOrganisation = (kind: StructuredKind, value: PerLanguage<string> | undefined, pointer: Place<PerLanguage<string>>) =>
    valueAt(kind, value, pointer, 'organisation');
  return [
    ...(document.contacts ?? []).flatMap((contact, index) => [
      ...inNotice('name', contact.name, noticePointer('contacts', index, 'name')),
      ...contactValues(contact, noticePointer('contacts', index), 'notice'),
    ]),
    ...notice.controllerEntries.flatMap((entry) => inNotice('name', entry.unit, at(entryPlace(entry), 'unit'))),
    ...(document.recipients?.items ?? []).flatMap((recipient, index) => inNotice('name', recipient.name, noticePointer('recipients', 'items', index, 'name'))),
    ...inOrganisation('web', organisation.website, organisationPointer('website')),
    ...(organisation.contact === undefined ? [] : contactValues(organisation.contact, organisationPointer('contact'), 'organisation')),
    ...organisation.entities.flatMap((entity, index) => [
      ...inOrganisation('name', entity.name, organisationPointer('entities', index, 'name')),
      ...(entity.contact === undefined ? [] : contactValues(entity.contact, organisationPointer('entities', index, 'contact'), 'organisation')),
    ]),
    ...(organisation.dpo === undefined
      ? []
      : [
          ...inOrganisation('name', organisation.dpo.name, organisationPointer('dpo', 'name')),
          ...(organisation.dpo.contact === undefined ? [] : contactValues(organisation.dpo.contact, organisationPointer('dpo', 'contact'), 'organisation')),
        ]),
    ...(organisation.representative === undefined
      ? []
      : [
          ...inOrganisation('name', organisation.representative.name, organisationPointer('representative', 'name')),
          ...contactValues(organisation.representative.contact, organisationPointer('representative', 'contact'), 'organisation'),
        ]),
    ...(organisation.supervisoryAuthority === undefined
      ? []
      : contactValues(organisation.supervisoryAuthority.contact, organisationPointer('supervisoryAuthority', 'contact'), 'organisation')),
  ];
}

/** Where the notice names a controller: an item of `controllers.entities`. */
function entryPlace(entry: ControllerEntry): Place<NoticeValue<['controllers', 'entities', number]>> {
  return placeOf(entry.pointer);
}

/** Each value a structured value holds, with its own pointer: the value's, or its language's within a per-language value. */
export function eachValue(
  structured: StructuredValue,
): { readonly lang: string | undefined; readonly value: string; readonly pointer: Place<PerLanguage<string>> }[] {
  return allValues(structured.value).map(({ lang, value }) => ({
    lang,
    value,
    pointer: lang === undefined ? structured.pointer : at(structured.pointer, lang),
  }));
}

/** Whether a structured value is given per language. */
export function givenPerLanguage(structured: StructuredValue): boolean {
  return isPerLanguage(structured.value);
}

function contactValues(contact: AnyContact, pointer: Place<AnyContact>, file: StructuredValue['file']): StructuredValue[] {
  // emailsOf and phonesOf give each value's pointer relative to the contact details
  const relative = (value: string) => placeOf<PerLanguage<string>>(`${pointer}${value}`);
  return [
    ...emailsOf(contact).flatMap((email) => valueAt('email', email.value, relative(email.pointer), file)),
    ...phonesOf(contact).flatMap((phone) => valueAt('phone', phone.value, relative(phone.pointer), file)),
    ...valueAt('web', contact.website, at(pointer, 'website'), file),
    ...valueAt('web', contact.form, at(pointer, 'form'), file),
    ...addressValues(contact.postalAddress, at(pointer, 'postalAddress'), file),
    ...addressValues(contact.visitingAddress, at(pointer, 'visitingAddress'), file),
  ];
}

function addressValues(address: Address | undefined, pointer: Place<Address>, file: StructuredValue['file']): StructuredValue[] {
  if (address === undefined) return [];
  return [...valueAt('address-line', address.street, at(pointer, 'street'), file), ...valueAt('address-line', address.locality, at(pointer, 'locality'), file)];
}

function valueAt(
  kind: StructuredKind,
  value: PerLanguage<string> | undefined,
  pointer: Place<PerLanguage<string>>,
  file: StructuredValue['file'],
): StructuredValue[] {
  return value === undefined ? [] : [{ kind, value, pointer, file }];
}

/** A telephone number as digits in Finnish national form, so that `+358 (0)2 621 2050` and `02 621 2050` compare equal. */
export function comparablePhone(phone: string): string {
  const link = telephoneLink(phone);
  if (link.startsWith('+358')) return `0${link.slice(4)}`;
  if (link.startsWith('00358')) return `0${link.slice(5)}`;
  return link;
}

/** An e-mail address as it compares: without surrounding spaces, in lower case. */
export function comparableEmail(email: string): string {
  return email.trim().toLowerCase();
}
