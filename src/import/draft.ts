import type { NoticeDocument, OrganisationDocument } from '../model/index.ts';
import type { Block } from './blocks.ts';
import type { Fact } from './facts/fact.ts';
import type { Topic } from './headings.ts';
import { normalise } from './text.ts';

/** A notice being written: any part of it, in the order the schema lists them. */
export type NoticeParts = { -readonly [K in keyof NoticeDocument]?: NoticeDocument[K] };
type Entity = OrganisationDocument['entities'][number];
type ContactDetails = NonNullable<OrganisationDocument['contact']>;

/** A controller the text names, with what it says of it. */
export interface EntityFound {
  readonly name: string;
  businessId?: string;
  contact?: ContactDetails;
  /** The line it was named in. */
  readonly source: string;
}

/** Where one section of the original went: from which heading to which place in the model. */
export interface PlacedSection {
  readonly heading: string | undefined;
  readonly line?: number;
  readonly language: string;
  /** The topic the heading named; `preamble` for what comes before the first heading, `unplaced` for a heading that names nothing. */
  readonly topic: Topic | 'preamble' | 'unplaced';
  /** The places its text went to (JSON pointers). */
  readonly pointers: readonly string[];
}

/** A block of text that went to `unplaced`. */
export interface UnplacedBlock {
  readonly heading?: string;
  readonly language?: string;
  readonly text: string;
}

/**
 * The notice the importer writes for one language, as it is filled in
 * section by section: its parts, the controllers it names, the facts read
 * along the way, and what could not be placed. Each place in the model is
 * filled by the builder of its section (src/import/places/).
 */
export class Draft {
  readonly language: string;
  readonly parts: NoticeParts = {};
  readonly entities: EntityFound[] = [];
  /** Contact details shared by all the controllers named together. */
  sharedContact: ContactDetails | undefined;
  /** The register's name as the opening lines give it, before any section names it. */
  registerLine: Block | undefined;
  readonly facts: Fact[] = [];
  readonly placed: PlacedSection[] = [];
  readonly unplaced: UnplacedBlock[] = [];
  /** Texts used as structure only (a heading, a label, the document kind), not content. */
  readonly structure: string[] = [];
  /** Lines used wholly as facts (a name, an address, a number). */
  readonly factLines: string[] = [];
  /** The dates that date the notice, the one that says “updated” first. */
  readonly dates: { date: string; updated: boolean; source: string }[] = [];

  constructor(language: string) {
    this.language = language;
  }

  /** A text in this draft's language. */
  text(value: string): Record<string, string> {
    return { [this.language]: value };
  }

  fact(fact: Fact): void {
    this.facts.push(fact);
  }

  /** Keeps text that has no place in the model, under its heading, for the author to move. Returns its pointer. */
  unplace(heading: string | undefined, text: string): string {
    const cleaned = text.trim();
    if (cleaned === '') return '';
    const last = this.unplaced.at(-1);
    if (last !== undefined && last.heading === heading) {
      this.unplaced[this.unplaced.length - 1] = { ...last, text: `${last.text}\n\n${cleaned}` };
      return `/unplaced/${this.unplaced.length - 1}`;
    }
    this.unplaced.push({ ...(heading === undefined ? {} : { heading: normalise(heading).slice(0, 300) }), text: cleaned });
    return `/unplaced/${this.unplaced.length - 1}`;
  }

  /** An entity of the text by its name, added once. */
  entity(name: string, source: string): EntityFound {
    const known = this.entities.find((entity) => normalise(entity.name).toLowerCase() === normalise(name).toLowerCase());
    if (known !== undefined) return known;
    const entity: EntityFound = { name, source };
    this.entities.push(entity);
    return entity;
  }
}

export type { ContactDetails, Entity };
