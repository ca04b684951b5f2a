import { commentedOut, commentLines } from './comment-lines.ts';
import { schemaSections } from './schema-sections.ts';
import { sectionLines, templateText, type SectionContent } from './template-text.ts';
import { yamlEntry, yamlScalar, type PlainData } from './yaml-text.ts';

/** What a new organisation file is made from. */
export interface OrganisationTemplateInput {
  /** The organisation's id: its folder's name, and what its notices name in `organisation`. */
  readonly id: string;
  /** Its name, the same in every language until the author writes a translated one. */
  readonly name: string;
  /** The languages its notices are published in, the original first: its name is given in each. */
  readonly languages: readonly string[];
  /** The business ID (Y-tunnus) of its one legal entity, if known. */
  readonly businessId?: string;
  /** The folder of the published schemas as the new file reaches it, for the editor: `../../schemas`. */
  readonly schemaFolder: string;
}

/**
 * The text of a new organisation.yaml: the id, the name and one legal entity
 * (the controller its notices name) filled in from what the author gave;
 * every other key commented out with what it is for, its article and an
 * example, so that nothing is said that the author has not written.
 */
export function organisationTemplate(input: OrganisationTemplateInput): string {
  const filled: Readonly<Record<string, SectionContent>> = {
    id: { live: [`id: ${yamlScalar(input.id)}`], withoutExample: true },
    name: {
      advice: 'Given the same in each language until you write the name readers know in that language.',
      live: yamlEntry('name', Object.fromEntries(input.languages.map((language) => [language, input.name]))),
      withoutExample: true,
    },
    entities: { advice: 'Add an entity for each legal person that is a controller in one of the notices.', live: entities(input), withoutExample: true },
  };
  const sections = schemaSections('organisation').map((section) => sectionLines(section, filled[section.key] ?? {}, input.languages));
  return templateText(header(input), sections);
}

function header(input: OrganisationTemplateInput): string[] {
  return [
    `# yaml-language-server: $schema=${input.schemaFolder}/organisation.schema.json`,
    '#',
    ...commentLines(
      `The organisation ${input.name}, started with \`seloste new\`: written once, named by each of its notices (\`organisation: ${input.id}\`), which pick their controllers from its \`entities\`.`,
    ),
    '#',
    ...commentLines(
      'Each key below says in a comment what it is for and shows an example: uncomment the example and rewrite it. `seloste new <organisation>/<notice-id>` then starts a notice of this organisation.',
    ),
  ];
}

/** The one legal entity, named as the organisation, with its Business ID or an example of one commented out. */
function entities(input: OrganisationTemplateInput): string[] {
  const entity: Record<string, PlainData> = { id: input.id, name: input.name };
  if (input.businessId !== undefined) entity['businessId'] = input.businessId;
  const lines = yamlEntry('entities', [entity]);
  if (input.businessId !== undefined) return lines;
  return [...lines, ...commentedOut(['businessId: 1234567-1   # its Business ID (Y-tunnus)'], '    ')];
}
