import type { Directive, SourceMap } from '../source/index.ts';
import type { Entity, NoticeDocument, OrganisationDocument } from './generated/schema-types.ts';

/** Makes every property and item of a type read-only, all the way down. */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** Where a document was read from: its path, the map back to its text, and its lint directives. */
export interface SourceFile {
  readonly file: string;
  readonly sourceMap: SourceMap;
  readonly directives: readonly Directive[];
}

/** A file and its source map: enough to place a diagnostic. */
export type Located = Pick<SourceFile, 'file' | 'sourceMap'>;

/** A validated organisation file. */
export interface Organisation {
  readonly id: string;
  readonly document: DeepReadonly<OrganisationDocument>;
  readonly source: SourceFile;
}

/** A controller: one of the organisation's entities, with the contact details that apply to it. */
export type Controller = DeepReadonly<Entity>;

/**
 * A controller as the notice names it: a legal entity of the organisation, a
 * unit of it that runs the register, or (reported by lint) a unit alone.
 */
export interface ControllerEntry {
  readonly entity?: Controller;
  readonly unit?: string | { readonly [language: string]: string };
  /** Where the notice names it: `/controllers/entities/<n>`. */
  readonly pointer: string;
}

/**
 * A validated notice with its references resolved: the organisation it belongs
 * to and the entities that are its controllers. Every later stage (lint,
 * render, export) reads this, never the YAML.
 */
export interface Notice {
  readonly id: string;
  readonly document: DeepReadonly<NoticeDocument>;
  readonly organisation: Organisation;
  /** The legal entities the notice names as controllers. */
  readonly controllers: readonly Controller[];
  /** The controllers as the notice names them, units included, in its order. */
  readonly controllerEntries: readonly ControllerEntry[];
  /** The languages the notice is published in, the original first. */
  readonly languages: readonly string[];
  readonly source: SourceFile;
  /** SHA-256 of the notice's and its organisation's source text: changes whenever either file does. */
  readonly contentHash: string;
}
