import type { DeepReadonly, OrganisationDocument } from '../model/index.ts';
import { commentLines } from './comment-lines.ts';
import { schemaSections, type SchemaSection } from './schema-sections.ts';
import { notStatedLines, sectionLines, templateText, TO_BE_FILLED_IN, type SectionContent } from './template-text.ts';
import { yamlEntry, yamlScalar, type PlainData } from './yaml-text.ts';

/** What a new notice is made from. */
export interface NoticeTemplateInput {
  /** The notice's id: its file name and web address. */
  readonly id: string;
  /** The organisation's id, as in its organisation.yaml. */
  readonly organisationId: string;
  /** The organisation's file, whose entities and contact details the notice starts from. */
  readonly organisation: DeepReadonly<OrganisationDocument>;
  /** The languages the notice is published in, the original first. */
  readonly languages: readonly string[];
  /** The folder of the published schemas as the new file reaches it, for the editor: `../../schemas`. */
  readonly schemaFolder: string;
}

/**
 * Keys a new notice leaves out: `original` describes a notice transcribed from
 * another document, and `unplaced` holds what `seloste import` could not
 * place; neither belongs in a notice written from scratch.
 */
const NOT_IN_A_NEW_NOTICE = new Set(['original', 'unplaced']);

/**
 * Sections that state for all purposes what each purpose may state for itself:
 * only a comment, since a notice that states them per purpose leaves them out,
 * and lint asks for them where neither does.
 */
const FOR_ALL_PURPOSES = new Set(['legalBasis', 'provision']);

/**
 * The text of a new notice: every section of the schema in order, each with
 * what the law asks (its description, citing the article) and an example in
 * the notice's languages, commented out. The id, the organisation, the
 * languages and the controllers (when the organisation has one entity) are
 * filled in; every other section the notice can leave unstated says
 * `notStated`, so that the draft is valid, publishes nothing the author has
 * not written, and `seloste lint` lists each gap with its article.
 */
export function noticeTemplate(input: NoticeTemplateInput): string {
  const { languages } = input;
  const filled = filledSections(input);
  const sections = schemaSections('notice')
    .filter((section) => !NOT_IN_A_NEW_NOTICE.has(section.key))
    .map((section) => sectionLines(section, filled[section.key] ?? unwritten(section), languages));
  return templateText(header(input), sections);
}

/** A section the author has still to write: not stated, where it can say so, else only its comment and example. */
function unwritten(section: SchemaSection): SectionContent {
  if (FOR_ALL_PURPOSES.has(section.key)) return { advice: 'Leave it out where each purpose states its own.' };
  return section.notStatable ? { live: notStatedLines(section.key) } : {};
}

function header(input: NoticeTemplateInput): string[] {
  const name = displayName(input.organisation.name, input.languages);
  return [
    `# yaml-language-server: $schema=${input.schemaFolder}/notice.schema.json`,
    '#',
    ...commentLines(`A privacy notice (GDPR Art. 13 and 14) of ${name}, started with \`seloste new\`.`),
    '#',
    ...commentLines(
      "Each section below says in a comment what the law asks, with its article, and shows an example. A section that says `notStated` is not stated yet: the page shows nothing for it, and `seloste lint` lists it as a gap. To fill a section in, put the notice's own words in place of its `notStated` lines (uncomment the example and rewrite it), in each language of `languages`. Where the notice says there is none, write `none: true` where the section allows it.",
    ),
    '#',
    ...commentLines('`seloste validate` checks this file; `seloste lint` lists what is still to be filled in.'),
  ];
}

/** The sections filled in from what is known: the ids, the languages, the controllers and the organisation's contact details. */
function filledSections(input: NoticeTemplateInput): Readonly<Record<string, SectionContent>> {
  return {
    id: { live: [`id: ${yamlScalar(input.id)}`], withoutExample: true },
    organisation: { live: [`organisation: ${yamlScalar(input.organisationId)}`], withoutExample: true },
    languages: { live: yamlEntry('languages', [...input.languages]), withoutExample: true },
    controllers: controllers(input),
    contacts: contacts(input),
  };
}

/**
 * The controllers: the organisation's one entity, filled in. Among several,
 * the notice must say which are its controllers (one, or joint controllers),
 * so the section stays not stated with the entities listed to pick from.
 */
function controllers(input: NoticeTemplateInput): SectionContent {
  const { entities } = input.organisation;
  const names = entities.map((entity) => `\`${entity.id}\` (${displayName(entity.name, input.languages)})`);
  if (entities.length === 1) {
    return {
      live: [...commentLines(`${names.join('')}, from organisation.yaml`), ...yamlEntry('controllers', { entities: entities.map((entity) => entity.id) })],
      withoutExample: true,
    };
  }
  return {
    advice: `The organisation's entities are ${names.join(', ')}: name those that are the controllers of this register (several are joint controllers, with their arrangement).`,
    example: { entities: [entities[0]?.id ?? input.organisationId] },
    live: notStatedLines('controllers', `${TO_BE_FILLED_IN}: which of ${entities.map((entity) => entity.id).join(', ')} are the controllers`),
  };
}

/**
 * The contacts: the page shows the controller's contact details from
 * organisation.yaml already, so a notice adds contacts only for what has its
 * own (privacy matters, requests). The example is the organisation's own
 * details, ready to uncomment where they are the ones to use.
 */
function contacts(input: NoticeTemplateInput): SectionContent {
  const advice =
    "The page shows the controller's contact details from organisation.yaml already: add a contact here only for what has its own (privacy matters, requests to use one's rights).";
  const shared = input.organisation.contact;
  if (shared === undefined) return { advice };
  const { email, phone, postalAddress, form, website } = shared;
  const details = { email, phone, postalAddress, form, website };
  const given = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)) as Record<string, PlainData>;
  if (Object.keys(given).length === 0) return { advice };
  return { advice: `${advice} The example holds the organisation's own details.`, example: [{ topic: 'privacy', ...given }] };
}

/** A name in the first of the languages it has, or as it is when it is one for all. */
function displayName(name: string | DeepReadonly<Record<string, string>>, languages: readonly string[]): string {
  if (typeof name === 'string') return name;
  const language = languages.find((candidate) => name[candidate] !== undefined) ?? Object.keys(name)[0] ?? '';
  return name[language] ?? '';
}
