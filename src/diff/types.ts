import type { LegalBasisCode, LegalBasisHedge, PerLanguage } from '../model/index.ts';

/**
 * Every kind of change between two versions of a notice, in the order of the
 * notice's sections. Stable ids, never renamed: `schemas/diff.schema.json`
 * lists the same (a test keeps the two together).
 */
export const CHANGE_KINDS = [
  'language-added',
  'language-removed',
  'controller-added',
  'controller-removed',
  'controller-changed',
  'dpo-changed',
  'contact-changed',
  'purpose-added',
  'purpose-removed',
  'purpose-scope-widened',
  'purpose-scope-narrowed',
  'legal-basis-changed',
  'data-subject-group-added',
  'data-subject-group-removed',
  'data-category-added',
  'data-category-removed',
  'data-category-changed',
  'source-added',
  'source-removed',
  'recipient-added',
  'recipient-removed',
  'recipient-changed',
  'transfer-added',
  'transfer-removed',
  'transfer-changed',
  'retention-lengthened',
  'retention-shortened',
  'retention-criterion-changed',
  'retention-rule-added',
  'retention-rule-removed',
  'automated-decision-making-changed',
  'rights-changed',
  'value-changed',
  'text-changed',
] as const;

/** A kind of change: `purpose-added`, `retention-lengthened`, `text-changed`, … */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** How much a change matters, most first. */
export const SIGNIFICANCES = ['material', 'minor', 'editorial'] as const;

/**
 * How much a change matters to the people whose data are processed:
 * `material` (they must be told: a new purpose, basis, recipient, transfer,
 * data category or controller, a longer retention; GDPR Art. 13(3)), `minor`
 * (less processing or other details: a shorter retention, a recipient
 * removed, contact details) or `editorial` (the wording only).
 */
export type Significance = (typeof SIGNIFICANCES)[number];

/** Where a change is in one version: its JSON pointer and the line and column it starts at. */
export interface ChangePlace {
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
}

/** A legal basis as compared: the Art. 6(1) point, how firmly stated, the laws cited and the Art. 9(2) condition. */
export interface BasisValue {
  readonly basis?: LegalBasisCode;
  readonly hedge?: LegalBasisHedge;
  /** The laws, each as a short citation: `917/2014 200 §`, `2016/679 art. 6(1)(e)`. */
  readonly laws?: readonly string[];
  readonly condition?: string;
}

/**
 * A value before or after a change, language-neutral: an ISO 8601 duration
 * or a code (`P2Y`, `processor`, `possible`), a list of codes or ids, a
 * retention criterion, or legal bases.
 */
export type ChangeValue = string | readonly string[] | RetentionValue | readonly BasisValue[];

/** A retention rule as compared: its period and the events it counts from or ends at. */
export interface RetentionValue {
  readonly period?: string;
  /** The events that end the storage (`until`) or the period counts from (`after`). */
  readonly events?: readonly string[];
  readonly permanent?: true;
  readonly recordsManagementPlan?: true;
}

/** A word-level piece of a text change: kept, deleted or inserted. */
export interface WordChange {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

/** An item a change names, with its label as the notice gives it. */
export interface NamedItem {
  readonly id: string;
  readonly label?: PerLanguage<string>;
}

/** One change between two versions of a notice. */
export interface Change {
  readonly kind: ChangeKind;
  readonly significance: Significance;
  /** The notice's (or organisation file's) top-level key the change is under: `purposes`, `retention`, `entities`. */
  readonly section: string;
  /** The file the change is in: the notice or its organisation file. */
  readonly file: 'notice' | 'organisation';
  /** The id of the item changed, where it has one: a purpose, a data category, a recipient, a controller. */
  readonly id?: string;
  /** The item's label or name as the notice gives it (the new version's, or the old one's for an item removed). */
  readonly label?: PerLanguage<string>;
  /** Where the change is in the previous version; absent for something added. */
  readonly old?: ChangePlace;
  /** Where it is in the new version; absent for something removed. */
  readonly new?: ChangePlace;
  readonly from?: ChangeValue;
  readonly to?: ChangeValue;
  /** Items a change adds or removes by reference: the data categories a purpose now uses. */
  readonly items?: readonly NamedItem[];
  /** For a change of a text: the language, and the change word by word. */
  readonly language?: string;
  readonly words?: readonly WordChange[];
}

/** One version of a notice as a diff names it. */
export interface VersionInfo {
  /** The notice file as read: a path, or `<revision>:<path>` for a version taken from git. */
  readonly file: string;
  readonly organisationFile: string;
  readonly lastUpdated?: string;
  readonly languages: readonly string[];
}

/** What changed between two versions of a notice, in the order of its sections. */
export interface NoticeDiff {
  /** The notice's id (the new version's). */
  readonly id: string;
  /** The notice's title as the new version gives it (else its register's name). */
  readonly title?: PerLanguage<string>;
  readonly old: VersionInfo;
  readonly new: VersionInfo;
  readonly changes: readonly Change[];
}
