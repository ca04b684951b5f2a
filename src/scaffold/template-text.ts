import { commentedOut, commentLines } from './comment-lines.ts';
import { inLanguages } from './in-languages.ts';
import type { SchemaSection } from './schema-sections.ts';
import { yamlEntry, type PlainData } from './yaml-text.ts';

/** What a section not yet written says: not stated, with a note that lint and the legal team read, never published. */
export const TO_BE_FILLED_IN = 'to be filled in';

/** How one top-level key of a template is written. */
export interface SectionContent {
  /** Lines of YAML in force: the key with its value. Left out, the section is only a comment. */
  readonly live?: readonly string[];
  /** A commented-out example to start from; by default the schema's own, in the file's languages. */
  readonly example?: PlainData;
  /** No example: the lines in force say it all (an id, the languages). */
  readonly withoutExample?: boolean;
  /** What to say between the key's description and its example. */
  readonly advice?: string;
}

/**
 * One top-level key of a template: its description from the schema (what the
 * law asks, with the article), then any advice, then an example commented out,
 * then the lines in force.
 */
export function sectionLines(section: SchemaSection, content: SectionContent, languages: readonly string[]): string[] {
  const exampleLines = content.withoutExample === true ? [] : exampleOf(section.key, content.example ?? section.example, languages);
  return [
    ...commentLines(`${section.key}: ${section.description}`),
    ...(content.advice === undefined ? [] : commentLines(content.advice)),
    ...(exampleLines.length === 0 ? [] : ['# Example:', ...commentedOut(exampleLines)]),
    ...(content.live ?? []),
  ];
}

/** The example of a key as YAML lines, in the file's languages; none when the schema has none. */
function exampleOf(key: string, example: PlainData | undefined, languages: readonly string[]): string[] {
  return example === undefined ? [] : yamlEntry(key, inLanguages(example, languages));
}

/** A section in force that says it is not stated yet: `key:` and `notStated: {note: …}` below it. */
export function notStatedLines(key: string, note = TO_BE_FILLED_IN): string[] {
  return [`${key}:`, `  notStated: {note: ${JSON.stringify(note)}}`];
}

/** A whole template: its header comment, then each section, a blank line between them, ending in a line break. */
export function templateText(header: readonly string[], sections: readonly (readonly string[])[]): string {
  return `${[header, ...sections].map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
