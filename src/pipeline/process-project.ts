import type { Diagnostic } from '../diagnostics/index.ts';
import type { Translator } from '../i18n/index.ts';
import { lintShare, ruleLevels, rules, type LintConfig, type LintShare, type PreviousVersions } from '../lint/index.ts';
import { isOrganisationFile, loadProject, type InputFile } from '../project/index.ts';
import { renderSiteNotices, siteTexts, type SiteData, type SiteNotice } from '../publish/index.ts';
import { loadShare, type LoadedShare } from './load-stage.ts';

/** How notices are linted: the settings of `seloste.config.yaml` and today's date, passed in. */
export interface LintSettings {
  readonly config: LintConfig;
  readonly today: string;
  /**
   * The files of the notices' previous versions (`seloste lint --since`, read
   * from git), as plain texts: with them the rules that compare versions run,
   * each notice against the previous version with its id.
   */
  readonly previous?: readonly InputFile[];
}

/** What the pipeline does beyond validating: each step runs when its input is given. */
export interface PipelineOptions {
  /** The languages seloste has standard texts for: a notice in another is an error. */
  readonly locales: readonly string[];
  /** The standard texts: with them, every valid notice is rendered into its pages and its record. */
  readonly translator?: Translator;
  /** With it, every valid notice is linted. */
  readonly lint?: LintSettings;
  /** Hears how far the work is: each notice counts once read and validated, and once rendered when it is. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * What one set of files gives: the first stage's model and what the checks
 * across shares need ({@link LoadedShare}), then, as asked, the pages and
 * records, and the lint findings.
 */
export interface ShareResult extends LoadedShare {
  /** Each valid notice's pages and record, when rendered; in the order of `ids`. */
  readonly rendered?: readonly SiteNotice[];
  /** The texts of the site's own pages, when rendered. */
  readonly siteTexts?: SiteData['texts'];
  /** Problems with the files (invalid input), and warnings from rendering that no lint rule reports instead. */
  readonly problems: readonly Diagnostic[];
  readonly lint?: LintShare;
}

/**
 * The pipeline from the files' texts to everything seloste makes of them:
 * YAML, schema and references (the model: {@link loadShare}), then, as asked, the pages and
 * records, and the lint findings. Pure: the caller reads the files and passes
 * today's date. Checks across files (the same notice id or address twice, a
 * `seloste-disable` comment that silences nothing) need every share: they are
 * made by {@link mergeResults}.
 */
export function processProject(inputs: readonly InputFile[], options: PipelineOptions): ShareResult {
  const noticeCount = inputs.filter((input) => !isOrganisationFile(input.file)).length;
  const steps = options.translator === undefined ? 1 : 2;
  options.onProgress?.(0, noticeCount * steps);
  const loaded = loadShare(inputs, options.locales);
  options.onProgress?.(noticeCount, noticeCount * steps);
  const rendered =
    options.translator === undefined
      ? undefined
      : renderSiteNotices(loaded.project.notices, options.translator, (done) => options.onProgress?.(noticeCount + done, noticeCount * steps));
  options.onProgress?.(noticeCount * steps, noticeCount * steps);
  const superseded = options.lint === undefined ? new Set<string>() : supersededProblems(options.lint.config);
  return {
    ...loaded,
    ...(rendered === undefined || options.translator === undefined ? {} : { rendered: rendered.notices, siteTexts: siteTexts(options.translator) }),
    problems: [...loaded.problems, ...(rendered?.diagnostics ?? []).filter((diagnostic) => !superseded.has(diagnostic.ruleId))],
    ...(options.lint === undefined
      ? {}
      : { lint: lintShare(loaded.project.notices, rules, options.lint.config, options.lint.today, previousVersions(options.lint, options.locales)) }),
  };
}

/** The valid notices among the previous versions' files, by id; those that are not valid are not compared. */
function previousVersions(lint: LintSettings, locales: readonly string[]): PreviousVersions | undefined {
  if (lint.previous === undefined) return undefined;
  return new Map(loadProject(lint.previous, { locales }).notices.map((notice) => [notice.id, notice]));
}

/** The result without the model, as it crosses from a worker thread. */
export function withoutModel(result: ShareResult): ShareResult {
  const { project: _, ...plain } = result;
  return plain;
}

/** The ids of problems that an enabled lint rule reports instead (`translations-complete` for `missing-translation`): each is said once. */
function supersededProblems(config: LintConfig): Set<string> {
  const levels = ruleLevels(rules, config);
  return new Set(rules.filter((rule) => levels.get(rule.meta.id) !== 'off').flatMap((rule) => rule.meta.supersedes ?? []));
}
