import type { Diagnostic } from '../diagnostics/index.ts';
import type { NoticeVersion } from '../diff/index.ts';
import { lintShare, rules } from '../lint/index.ts';
import type { Notice } from '../model/index.ts';
import type { LintSettings } from '../pipeline/index.ts';
import { loadProject, type InputFile } from '../project/index.ts';
import { withVersions, type SiteData } from '../publish/index.ts';
import { installedLocales } from './locale-files.ts';
import { defaultTranslator } from './locales.ts';
import { readNoticeVersions, type VersionSource } from './versions.ts';

/**
 * The notices' history added to a site that will be built: their earlier
 * versions (from git or a versions folder) with the change history of each
 * page, and the findings of the rules that compare a notice with its
 * previous version (`material-change-undocumented`, `new-purpose-informed`),
 * as `seloste lint --since` makes them. Used by `seloste build` and by Astro
 * on its own, so that both publish the same site.
 */
export function withHistory(
  site: SiteData,
  inputs: readonly InputFile[],
  source: VersionSource,
  options: { readonly cwd: string; readonly lint: LintSettings },
): { site: SiteData; findings: readonly Diagnostic[] } {
  const versions = readNoticeVersions(inputs, source, options.cwd);
  return { site: withVersions(site, versions, defaultTranslator()), findings: acrossVersions(inputs, versions, options.lint) };
}

/** The findings of the rules that compare versions, with the version before the current one as the previous. */
function acrossVersions(inputs: readonly InputFile[], versions: ReadonlyMap<string, readonly NoticeVersion[]>, lint: LintSettings): readonly Diagnostic[] {
  const previous = new Map<string, Notice>();
  for (const [id, list] of versions) {
    const before = list.at(-2);
    if (before !== undefined) previous.set(id, before.notice);
  }
  if (previous.size === 0) return [];
  const current = loadProject(inputs, { locales: installedLocales() }).notices.filter((notice) => previous.has(notice.id));
  return lintShare(
    current,
    rules.filter((rule) => rule.meta.acrossVersions === true),
    lint.config,
    lint.today,
    previous,
  ).findings;
}
