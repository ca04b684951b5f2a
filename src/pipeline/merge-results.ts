import type { Diagnostic } from '../diagnostics/index.ts';
import { joinLintShares, rules } from '../lint/index.ts';
import { assembleSiteData, type SiteData } from '../publish/index.ts';
import { mergeLoaded, type LoadedProject } from './load-stage.ts';
import type { LintSettings, ShareResult } from './process-project.ts';

/** Everything the pipeline made of all the files, checked across them: the model ({@link LoadedProject}), and as asked the site's data and the lint findings. */
export interface PipelineResult extends LoadedProject {
  /** The site's data, when the notices were rendered: only notices whose id no earlier file has. */
  readonly site?: SiteData;
  /** Lint findings, sorted, kept apart from problems: they stop nothing unless asked to. */
  readonly findings: readonly Diagnostic[];
}

/**
 * Joins the results of the shares the files were processed in: the model,
 * checked across them by {@link mergeLoaded} (a notice id or address used
 * twice, a slug for a language its notice does not list), then the site's
 * data from the pages of the notices kept, and the lint findings, with the
 * `seloste-disable` comments that silence nothing in any share.
 */
export function mergeResults(results: readonly ShareResult[], lint?: LintSettings): PipelineResult {
  const merged = mergeLoaded(results);
  const { leftOut } = merged;
  const kept = results.flatMap((result) => (result.rendered ?? []).filter((_, index) => !leftOut.has(result.ids[index]?.file ?? '')));
  const siteTexts = results[0]?.siteTexts;
  const shares = results.flatMap((result) => (result.lint === undefined ? [] : [result.lint]));
  return {
    ...merged,
    ...(siteTexts === undefined ? {} : { site: assembleSiteData(kept, merged.organisations, siteTexts) }),
    findings: lint === undefined ? [] : joinLintShares(shares, rules, lint.config),
  };
}
