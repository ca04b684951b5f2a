import { sortDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { joinLintShares, rules } from '../lint/index.ts';
import { duplicateNoticeIds, type DeepReadonly, type OrganisationDocument } from '../model/index.ts';
import type { Project } from '../project/index.ts';
import { assembleSiteData, type SiteData } from '../publish/index.ts';
import { addressProblems } from './notice-addresses.ts';
import type { LintSettings, ShareResult } from './process-project.ts';

/** Everything the pipeline made of all the files, checked across them. */
export interface PipelineResult {
  /** The model of every valid notice, when all of it was made in this thread (one share). */
  readonly project?: Project;
  readonly organisations: readonly DeepReadonly<OrganisationDocument>[];
  /** The site's data, when the notices were rendered: only notices whose id no earlier file has. */
  readonly site?: SiteData;
  /** Problems with the input, sorted: they keep a notice out of everything. */
  readonly problems: readonly Diagnostic[];
  /** Lint findings, sorted, kept apart from problems: they stop nothing unless asked to. */
  readonly findings: readonly Diagnostic[];
  readonly fileCount: number;
}

/**
 * Joins the results of the shares the files were processed in, and makes the
 * checks that need all of them: a notice id used twice, and two notices at
 * one address in a language (by their slugs, else their ids), where the first
 * file in path order keeps it and every later one is left out and reported;
 * a slug for a language its notice does not list; and `seloste-disable`
 * comments that silence nothing in any share. The only place these checks are
 * made, whether there was one share or many.
 */
export function mergeResults(results: readonly ShareResult[], lint?: LintSettings): PipelineResult {
  const byFile = <T extends { readonly file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const ids = results.flatMap((result) => result.ids).sort(byFile);
  const duplicateIds = duplicateNoticeIds(ids);
  const withoutDuplicateIds = new Set(duplicateIds.map((diagnostic) => diagnostic.file));
  const addresses = addressProblems(
    results
      .flatMap((result) => result.addresses)
      .filter((notice) => !withoutDuplicateIds.has(notice.file))
      .sort(byFile),
  );
  const duplicates = [...duplicateIds, ...addresses];
  const left = new Set(duplicates.map((diagnostic) => diagnostic.file));
  const kept = results.flatMap((result) => (result.rendered ?? []).filter((_, index) => !left.has(result.ids[index]?.file ?? '')));
  const organisations = results[0]?.organisations ?? [];
  const problems = sortDiagnostics([...results.flatMap((result) => result.problems), ...duplicates]);
  const [only] = results;
  const project =
    results.length === 1 && only?.project !== undefined
      ? { ...only.project, notices: only.project.notices.filter((notice) => !left.has(notice.source.file)), diagnostics: problems }
      : undefined;
  const shares = results.flatMap((result) => (result.lint === undefined ? [] : [result.lint]));
  return {
    ...(project === undefined ? {} : { project }),
    organisations,
    ...(only?.siteTexts === undefined ? {} : { site: assembleSiteData(kept, organisations, only.siteTexts) }),
    problems,
    findings: lint === undefined ? [] : joinLintShares(shares, rules, lint.config),
    // every share reads the organisation files: they count once
    fileCount: results.reduce((sum, result) => sum + result.fileCount - result.organisationFileCount, 0) + (only?.organisationFileCount ?? 0),
  };
}
