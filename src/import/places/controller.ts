import { businessIdValid } from '../facts/business-id.ts';
import { residue } from '../facts/fact.ts';
import type { ContactDetails, Draft, EntityFound } from '../draft.ts';
import type { Section } from '../sections.ts';
import { normalise } from '../text.ts';
import { addressText, addToContact, ContactReader, contactLabel, isLabelOnly, LABEL_WORDS, mergeAddress, readLine } from './contact-lines.ts';
import { headerRows, linesOf, placed } from './prose.ts';

const COMPANY_FORM = /(?<![\p{L}])(?:Oyj|Oy|Ab|Abp|Ky|Ay|ry|r\.y\.|rf|Ltd\.?|Limited|Inc\.?|GmbH|AB|AS|A\/S|osk|sr|Corporation|Corp\.?|LLC|plc|Tmi)$/u;
const PUBLIC_BODY =
  /kaupunki|kunta|kuntayhtymä|yliopisto|ammattikorkeakoulu|korkeakoulu|hyvinvointialue|seurakunta|säätiö|virasto|liitto|yhdistys|laitos|university|city of|municipality|foundation|association|agency|(?<![\p{L}])stad(?![\p{L}])|kommun|universitet|stiftelse|förening|högskola/iu;
const NAME_LABEL = /^(?:nimi|rekisterinpitäjä|rekisterinpitäjän nimi|yritys|name|controller|company|namn|personuppgiftsansvarig)\s*:\s*/iu;
/** Words on how joint controllers share their duties (GDPR Art. 26). */
const ARRANGEMENT =
  /ovat sopineet|sopimuksella|yhteisrekisterinpitäj|vastaa\p{L}* (?:rekisteröityjen|informoinni|pyyntöihin)|have agreed|arrangement|joint controllers?|responsible for informing|har kommit överens|gemensamt personuppgiftsansvar/iu;

/** `(jäljempänä Pori Energia, Rekisterinpitäjä)`: how the notice refers to the controllers. */
export const REFERRED_TO_AS = /\(\s*((?:jäljempänä|jäljempänä myös|myöhemmin|hereinafter|later|nedan)(?![\p{L}])[^()]*)\)\.?/iu;

/** The name of a legal entity at the start of a line, and whether its form says so (a company form or a public body). */
function entityName(line: string): { name: string; byForm: boolean } | undefined {
  const labelled = NAME_LABEL.test(line);
  const text = line.replace(NAME_LABEL, '');
  const part = normalise(text.split(/\s[(–—]|,\s|\s-\s/u)[0] ?? '');
  if (part === '' || /\d{3}|@/u.test(part) || part.split(' ').length > 8 || !/^[\p{Lu}\d]/u.test(part)) return undefined;
  if (COMPANY_FORM.test(part) || PUBLIC_BODY.test(part)) return { name: part, byForm: true };
  return labelled ? { name: part, byForm: false } : undefined;
}

/** Controllers named together, and the contact details that follow them. */
interface Group {
  readonly entities: EntityFound[];
  details: ContactDetails | undefined;
  readonly detailLines: string[];
}

/**
 * The controller section: the legal entities it names (a company form or a
 * public body, or a line labelled `Nimi:`), their business IDs, addresses,
 * telephone numbers and e-mail addresses, how the notice refers to them
 * (`jäljempänä …`), and any contact (`Yhteyshenkilö`, `Tietosuojaa koskien`)
 * given with them. Controllers named one after another share the details
 * that follow them; each group's details are its own. Words that are none
 * of these go to `unplaced`.
 */
export function placeController(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const groups: Group[] = [];
  const leftover: string[] = [];
  const pointers = ['/controllers'];
  let contact: ContactReader | undefined;
  const contacts: ContactReader[] = [];
  const lines = linesOf(section.blocks.filter((block) => !(block.kind === 'row' && block.emphasised === true)));
  for (const { text: line } of lines) {
    if (isLabelOnly(line)) {
      draft.structure.push(line);
      continue;
    }
    const alias = REFERRED_TO_AS.exec(line);
    const withoutAlias = alias === null ? line : normalise(line.replace(alias[0], ' '));
    if (alias !== null) {
      draft.parts.controllers = { ...draft.parts.controllers, referredToAs: draft.text(normalise(alias[1] ?? '')) };
      draft.fact({ kind: 'referred-to-as', value: normalise(alias[1] ?? ''), confidence: 'high', source: line, pointer: '/controllers/referredToAs' });
      if (withoutAlias === '') {
        draft.factLines.push(line);
        continue;
      }
    }
    const label = contactLabel(withoutAlias);
    if (label !== undefined) {
      contact = new ContactReader(label.topic, label.label);
      contacts.push(contact);
      draft.structure.push(withoutAlias);
      if (label.rest !== '') {
        const rest = addToContact(contact, label.rest, `/contacts/${String(contacts.length - 1)}`, draft);
        if (rest !== '') contact.notes.push(label.rest);
      }
      continue;
    }
    if (contact !== undefined) {
      const rest = addToContact(contact, withoutAlias, `/contacts/${String(contacts.length - 1)}`, draft);
      if (rest === '') draft.factLines.push(line);
      else contact.notes.push(withoutAlias);
      continue;
    }
    const named = entityName(withoutAlias);
    if (named !== undefined) {
      const last = groups.at(-1);
      const group = last === undefined || last.details !== undefined ? { entities: [], details: undefined, detailLines: [] } : last;
      if (group !== last) groups.push(group);
      const entity = draft.entity(named.name, line);
      if (!group.entities.includes(entity)) group.entities.push(entity);
      draft.fact({ kind: 'controller', value: named.name, confidence: named.byForm ? 'high' : 'low', source: line });
      const after = withoutAlias.replace(NAME_LABEL, '').slice(withoutAlias.replace(NAME_LABEL, '').indexOf(named.name) + named.name.length);
      const rest = details(group, after, line, draft);
      if (rest === '') draft.factLines.push(line);
      else leftover.push(line);
      continue;
    }
    const group = groups.at(-1);
    if (group === undefined) {
      leftover.push(line);
      continue;
    }
    const rest = details(group, withoutAlias, line, draft);
    if (rest === '') draft.factLines.push(line);
    else leftover.push(line);
  }
  for (const group of groups) {
    if (group.details === undefined) continue;
    if (group.details.postalAddress?.locality === '' || group.details.visitingAddress?.locality === '') {
      // a street without a town is no address: its line is kept as text
      leftover.push(...group.detailLines.filter((line) => readLine(line).address !== undefined));
      const { postalAddress, visitingAddress, ...rest } = group.details;
      group.details = {
        ...rest,
        ...(postalAddress?.locality === '' ? {} : postalAddress === undefined ? {} : { postalAddress }),
        ...(visitingAddress?.locality === '' ? {} : visitingAddress === undefined ? {} : { visitingAddress }),
      };
    }
    if (groups.length === 1) draft.sharedContact = group.details;
    else for (const entity of group.entities) entity.contact = group.details;
  }
  const first = draft.parts.contacts?.length ?? 0;
  contacts.forEach((reader) => {
    const built = reader.toContact(draft);
    if (built !== undefined) (draft.parts.contacts ??= []).push(built);
  });
  if ((draft.parts.contacts?.length ?? 0) > first) pointers.push('/contacts');
  const arrangement = leftover.filter((line) => ARRANGEMENT.test(line));
  if (arrangement.length > 0 && draft.entities.length > 1) {
    draft.parts.controllers = { ...draft.parts.controllers, jointControllership: { arrangement: draft.text(arrangement.join('\n\n')) } };
    draft.fact({
      kind: 'joint-controllers',
      value: 'arrangement',
      confidence: 'medium',
      source: arrangement[0] ?? '',
      pointer: '/controllers/jointControllership/arrangement',
    });
  }
  const rest = leftover.filter((line) => !(arrangement.includes(line) && draft.entities.length > 1));
  if (rest.length > 0) pointers.push(draft.unplace(section.heading.text, rest.join('\n\n')));
  placed(draft, section, 'controller', pointers);
}

/** Adds a line's contact details to a group of controllers; returns the words left over. */
function details(group: Group, text: string, line: string, draft: Draft): string {
  const read = readLine(text);
  const entity = group.entities.at(-1);
  const contact: ContactDetails = { ...group.details };
  for (const id of read.businessIds) {
    const valid = businessIdValid(id);
    if (entity !== undefined) entity.businessId ??= id;
    draft.fact({
      kind: 'business-id',
      value: id,
      confidence: valid ? 'high' : 'low',
      source: line,
      ...(valid ? {} : { note: 'the check digit does not fit its digits; kept as written, and lint reports it' }),
    });
  }
  const emails = read.emails;
  if (emails.length > 0)
    contact.email =
      contact.email === undefined && emails.length === 1
        ? (emails[0] ?? '')
        : ([...listOf(contact.email, 'address'), ...emails.map((address) => ({ address }))] as [{ address: string }]);
  const phones = read.phones;
  if (phones.length > 0)
    contact.phone =
      contact.phone === undefined && phones.length === 1
        ? (phones[0] ?? '')
        : ([...listOf(contact.phone, 'number'), ...phones.map((number) => ({ number }))] as [{ number: string }]);
  for (const value of [...emails, ...phones]) draft.fact({ kind: emails.includes(value) ? 'email' : 'phone', value, confidence: 'high', source: line });
  const url = read.urls[0];
  if (url !== undefined) contact.website ??= url;
  if (read.address !== undefined) {
    const key = read.visiting ? 'visitingAddress' : 'postalAddress';
    contact[key] = mergeAddress(contact[key], read.address);
    draft.fact({
      kind: read.visiting ? 'visiting-address' : 'address',
      value: addressText(read.address),
      confidence: read.address.postalCode === undefined ? 'medium' : 'high',
      source: line,
    });
  }
  if (Object.keys(contact).length > 0) group.details = contact;
  if (read.address !== undefined || emails.length + phones.length > 0) group.detailLines.push(line);
  return residue(read.rest, [], LABEL_WORDS);
}

function listOf<K extends 'address' | 'number'>(value: unknown, key: K): Record<K, unknown>[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value as Record<K, unknown>[];
  return [{ [key]: value } as Record<K, unknown>];
}
