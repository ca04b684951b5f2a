import type { Severity } from '../diagnostics/index.ts';
import type { NoticeDiff } from '../diff/index.ts';
import type { Notice } from '../model/index.ts';
import type { LocationTarget } from '../source/index.ts';

/** The law a rule rests on, cited in its messages, docs and SARIF metadata. */
export interface LegalReference {
  /** `GDPR`, `Tietosuojalaki 1050/2018`, `Laki sähköisen viestinnän palveluista 917/2014`, `WP260`. */
  readonly source: string;
  /** The provision: `Art. 13(1)(c)`, `29 §`. */
  readonly provision: string;
}

/** What a rule is: stable id, what it checks, the law behind it, its messages and default severity. */
export interface RuleMeta {
  /** Stable kebab-case id; never renamed, only deprecated. */
  readonly id: string;
  /** One line: what the rule requires. */
  readonly description: string;
  readonly law: readonly LegalReference[];
  /** Message templates by id; `{{name}}` is filled from the report's data. */
  readonly messages: Readonly<Record<string, string>>;
  readonly defaultSeverity: Severity;
  /**
   * Messages whose default severity differs from the rule's: a date that is
   * missing is a warning where a date that contradicts the changes is an error.
   * A level configured for the rule applies to all its messages.
   */
  readonly messageSeverities?: Readonly<Record<string, Severity>>;
  /**
   * The messages that report a section or key fact the notice does not state
   * (a gap). Each is reported once, with its article; when the notice's
   * source copy is incomplete (`original: {complete: false}`), at `info`
   * instead of the configured level, since the gap may be the copy's.
   */
  readonly gaps?: readonly string[];
  /** Whether the `recommended` preset turns it on. */
  readonly recommended: boolean;
  /**
   * Problems of other layers that this rule reports instead, when it is on:
   * `translations-complete` reports what rendering calls `missing-translation`,
   * so that each gap is said once.
   */
  readonly supersedes?: readonly string[];
  /**
   * Set on a rule another one replaces: its id stays valid in configurations
   * and `seloste-disable` comments, but no preset turns it on.
   */
  readonly deprecated?: { readonly replacedBy: readonly string[] };
  /**
   * Set on a rule that compares a notice with its previous version (`seloste
   * lint --since <revision>`): it runs only where that version is given, and
   * reads it, and what changed since, from `RuleContext.previous`.
   */
  readonly acrossVersions?: true;
}

/** A finding, as a rule reports it: where (a JSON pointer) and which message. */
export interface Report {
  readonly pointer: string;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Which file the pointer is in: the notice (default) or its organisation file. */
  readonly file?: 'notice' | 'organisation';
  /** Point at the key rather than the value. */
  readonly target?: LocationTarget;
}

/** What a rule's check receives besides the notice. */
export interface RuleContext {
  report(report: Report): void;
  /** Today's date (YYYY-MM-DD), passed in: rules never read the clock. */
  readonly today: string;
  /** The notice's previous version and what changed since, given to rules that compare versions (`RuleMeta.acrossVersions`). */
  readonly previous?: PreviousVersion;
}

/** A notice's previous version, and the changes from it to the version linted. */
export interface PreviousVersion {
  readonly notice: Notice;
  readonly diff: NoticeDiff;
}

/** A lint rule: metadata and a pure check over the model. */
export interface Rule {
  readonly meta: RuleMeta;
  check(notice: Notice, context: RuleContext): void;
}

/** Defines a rule; a helper for type inference in rule modules. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
