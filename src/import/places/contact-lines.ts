import type { NoticeDocument } from '../../model/index.ts';
import type { Draft } from '../draft.ts';
import { addressIn, contactValues, type AddressFound } from '../facts/contact-values.ts';
import { residue, type Confidence, type Span } from '../facts/fact.ts';
import { normalise, words } from '../text.ts';

type Contact = NonNullable<NoticeDocument['contacts']>[number];
type Topic = Contact['topic'];
type Address = NonNullable<Contact['postalAddress']>;

/** Words that label a value in a line, not content: `Sähköposti:`, `puh.`, `Osoite`, `Y-tunnus`. */
export const LABEL_WORDS = words(
  'nimi|osoite|postiosoite|käyntiosoite|katuosoite|puhelin|puhelinnumero|puh|p|sähköposti|sähköpostiosoite|s-posti|email|e-mail|y-tunnus|ly-tunnus|yritystunnus|kotisivu|kotisivut|verkkosivut|verkkosivusto|www|muut yhteystiedot|yhteystiedot|vaihde|gsm|matkapuhelin|faksi|tel|telephone|phone|name|address|postal address|visiting address|street address|business id|company id|website|contact details|namn|adress|postadress|besöksadress|telefon|tfn|e-post|fo-nummer|organisationsnummer|webbplats|kontaktuppgifter|växel|nro',
  'giu',
);

/** A line that is only labels: `Osoite`, `Muut yhteystiedot:`, `Nimi`. */
export function isLabelOnly(line: string): boolean {
  return line.replace(LABEL_WORDS, ' ').replace(/[\s:;,.()/-]+/gu, '') === '';
}

/** A line that labels the contact below it, and the topic it names. */
const CONTACT_LABELS: readonly (readonly [Topic, RegExp])[] = [
  ['marketing-opt-out', /suoramarkkinoin\p{L}* kielt|markkinoinnin kielt|opt(?:-| )?out|direktreklam/iu],
  ['rights-requests', /oikeuksien käyttämi|pyynnö|requests?|begäran/iu],
  ['customer-service', /asiakaspalvelu|customer service|kundtjänst|kundservice/iu],
  ['privacy', /tietosuoja|privacy|data protection|dataskydd|(?<![\p{L}])dpo(?![\p{L}])/iu],
  ['register', /rekisteri|register|yhteyshenkilö|contact person|kontaktperson|vastaava henkilö|person in charge/iu],
];

/** The label texts seloste itself prints for a topic: such a label is structure, any other is kept as the contact's role. */
const TOPIC_PHRASES =
  /^(rekisteriä koskien|tietosuojaa koskien|asiakaspalvelu|about the register|about data protection|customer service|angående registret|angående dataskydd|kundtjänst)$/iu;

const PERSON = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\.)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?:,\s*(\p{L}[\p{L} -]{2,60}))?$/u;
const ROLE =
  /(päällikkö|vastaava|johtaja|asiantuntija|sihteeri|koordinaattori|suunnittelija|lakimies|juristi|manager|officer|director|coordinator|specialist|lawyer|counsel|chef|ansvarig|ombud|jurist|samordnare|handläggare)$/iu;

/** A line that labels the contact below it (`Rekisteriä koskien:`, `Yhteyshenkilö`, `Tietosuojavastaava:`), the topic it names, and what follows the colon. */
export function contactLabel(line: string): { topic: Topic; label: string; rest: string } | undefined {
  const colon = /^([^:]{3,60}?):\s*(.*)$/u.exec(line);
  const label = normalise(colon?.[1] ?? (line.split(' ').length <= 5 ? line : ''));
  if (label === '' || !/^\p{L}/u.test(label) || label.includes('@') || contactValues(label).length > 0 || /\d{3}/u.test(label)) return undefined;
  if (label.replace(LABEL_WORDS, ' ').trim() === '') return undefined;
  const topic = CONTACT_LABELS.find(([, pattern]) => pattern.test(label))?.[0];
  return topic === undefined ? undefined : { topic, label, rest: colon?.[2] ?? '' };
}

/** A contact as it is being read: its values, and the lines that are its note. */
export class ContactReader {
  readonly topic: Topic;
  role: string | undefined;
  name: string | undefined;
  readonly emails: string[] = [];
  readonly phones: string[] = [];
  address: Address | undefined;
  /** The lines the address was read from, kept as a note if they do not make a whole address. */
  readonly addressLines: string[] = [];
  website: string | undefined;
  form: string | undefined;
  readonly notes: string[] = [];

  constructor(topic: Topic, label?: string) {
    this.topic = topic;
    if (label !== undefined && !TOPIC_PHRASES.test(label)) this.role = label;
  }

  /** Whether anything of the contact has been read. */
  get empty(): boolean {
    return (
      this.emails.length === 0 &&
      this.phones.length === 0 &&
      this.address === undefined &&
      this.website === undefined &&
      this.form === undefined &&
      this.notes.length === 0 &&
      this.name === undefined
    );
  }

  /** The contact in the model; undefined when it has nothing the schema accepts on its own. */
  toContact(draft: Draft): Contact | undefined {
    if (this.address !== undefined && this.address.locality === '') {
      this.notes.unshift(...this.addressLines);
      this.address = undefined;
    }
    const contact: Contact = {
      topic: this.topic,
      ...(this.name === undefined ? {} : { name: this.name }),
      ...(this.role === undefined ? {} : { role: draft.text(this.role) }),
      ...(this.emails.length === 0
        ? {}
        : { email: this.emails.length === 1 ? (this.emails[0] ?? '') : (this.emails.map((address) => ({ address })) as [{ address: string }]) }),
      ...(this.phones.length === 0
        ? {}
        : { phone: this.phones.length === 1 ? (this.phones[0] ?? '') : (this.phones.map((number) => ({ number })) as [{ number: string }]) }),
      ...(this.address === undefined ? {} : { postalAddress: this.address }),
      ...(this.form === undefined ? {} : { form: this.form }),
      ...(this.website === undefined ? {} : { website: this.website }),
      ...(this.notes.length === 0 ? {} : { note: draft.text(this.notes.join('\n\n')) }),
    };
    const reachable = ['email', 'phone', 'postalAddress', 'form', 'website', 'note'].some((key) => key in contact);
    if (reachable) return contact;
    // a name or role with no way to reach them is still the notice's words
    const words = [this.role, this.name].filter((part) => part !== undefined).join(', ');
    return words === '' ? undefined : { topic: this.topic, note: draft.text(words) };
  }
}

/** What a line of contact details held: the facts, and the words left over. */
export interface LineRead {
  readonly emails: string[];
  readonly phones: string[];
  readonly businessIds: string[];
  readonly urls: string[];
  readonly address?: AddressFound;
  readonly visiting: boolean;
  /** The words of the line that are neither a value nor a label. */
  readonly rest: string;
}

/** Reads the contact values of one line. */
export function readLine(line: string): LineRead {
  const found = contactValues(line);
  const spans: Span[] = found.map((value) => value.span);
  const visiting = /käyntiosoite|visiting address|besöksadress/iu.test(line);
  const labelled = visiting || /osoite|address|adress/iu.test(line);
  const masked = spans.reduce((text, span) => text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end), line);
  const address = addressIn(masked, labelled);
  if (address !== undefined) spans.push(address.span);
  const of = (type: string) => found.filter((value) => value.type === type).map((value) => value.value);
  return {
    emails: of('email'),
    phones: of('phone'),
    businessIds: of('business-id'),
    urls: of('url'),
    ...(address === undefined ? {} : { address }),
    visiting,
    rest: residue(line, spans, LABEL_WORDS),
  };
}

/** Adds what a line holds to a contact, recording each fact; returns the line's words that are not contact details. */
export function addToContact(contact: ContactReader, line: string, pointer: string, draft: Draft): string {
  const read = readLine(line);
  for (const email of read.emails) {
    contact.emails.push(email);
    draft.fact({
      kind: 'email',
      value: email,
      confidence: 'high',
      source: line,
      pointer: `${pointer}/email`,
      ...(email.includes('@') ? {} : { note: 'written without @; kept as written' }),
    });
  }
  for (const phone of read.phones) {
    contact.phones.push(phone);
    draft.fact({ kind: 'phone', value: phone, confidence: 'high', source: line, pointer: `${pointer}/phone` });
  }
  for (const url of read.urls) {
    if (/lomake|form|blankett/iu.test(line)) contact.form ??= url;
    else contact.website ??= url;
    draft.fact({
      kind: 'url',
      value: url,
      confidence: 'high',
      source: line,
      pointer: `${pointer}/${/lomake|form|blankett/iu.test(line) ? 'form' : 'website'}`,
    });
  }
  if (read.address !== undefined) {
    contact.address = mergeAddress(contact.address, read.address);
    contact.addressLines.push(line);
    draft.fact({
      kind: 'address',
      value: addressText(read.address),
      confidence: read.address.postalCode === undefined ? 'medium' : 'high',
      source: line,
      pointer: `${pointer}/postalAddress`,
    });
  }
  let rest = read.rest;
  if (rest !== '' && read.emails.length + read.phones.length === 0) {
    const person = PERSON.exec(normalise(line.replace(/^[^:]{2,30}:\s*/u, '')));
    if (person !== null && contact.name === undefined) {
      const [first = '', ...others] = (person[1] ?? '').split(' ');
      const roleFirst = ROLE.test(first) && others.length >= 2;
      if (roleFirst) contact.role ??= first;
      contact.name = roleFirst ? others.join(' ') : (person[1] ?? '');
      if (person[2] !== undefined) contact.role ??= normalise(person[2]);
      draft.fact({ kind: 'contact-person', value: contact.name, confidence: 'medium', source: line, pointer: `${pointer}/name` });
      rest = '';
    } else if (ROLE.test(rest) && rest.split(' ').length <= 4 && contact.role === undefined) {
      contact.role = rest;
      rest = '';
    }
  }
  return rest;
}

/** An address completed by the next line: a street, then `28100 Pori`. */
export function mergeAddress(address: Address | undefined, found: AddressFound): Address {
  const street = found.street ?? address?.street;
  const poBox = found.poBox ?? address?.poBox;
  const postalCode = found.postalCode ?? address?.postalCode;
  return {
    ...(street === undefined ? {} : { street }),
    ...(poBox === undefined ? {} : { poBox }),
    ...(postalCode === undefined ? {} : { postalCode }),
    locality: found.locality ?? (typeof address?.locality === 'string' ? address.locality : '') ?? '',
  };
}

/** An address as one line: `Radanvarsi 2, 28100 Pori`. */
export function addressText(address: AddressFound): string {
  return [address.street, address.poBox === undefined ? undefined : `PL ${address.poBox}`, [address.postalCode, address.locality].filter(Boolean).join(' ')]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
}

/** A confidence for a name read by its form: a company form or a public body is `high`, a guess `low`. */
export function nameConfidence(byForm: boolean): Confidence {
  return byForm ? 'high' : 'low';
}
