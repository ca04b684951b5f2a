import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { hasErrors, sortDiagnostics, visible, type Diagnostic } from '../diagnostics/index.ts';
import type { LintConfig } from '../lint/index.ts';
import { mergeResults, processProject, type LintSettings, type ShareResult } from '../pipeline/index.ts';
import { isOrganisationFile, type InputFile } from '../project/index.ts';
import {
  assembleSiteData,
  organisationsIndex,
  publishedSite,
  siteRoot,
  siteTexts,
  type PublishedNotice,
  type PublishedSite,
  type SiteData,
} from '../publish/index.ts';
import { inBuildThread } from './build-thread.ts';
import { installedLocales } from './locale-files.ts';
import { defaultTranslator } from './locales.ts';
import { entryFolder, noticeKey, readStored, selosteFingerprint, type StoredResult } from './notice-store.ts';
import { fileSystemCode, PathError } from './path-error.ts';
import { readNoticeFiles } from './read-files.ts';
import { withHistory } from './site-history.ts';
import { storeNotices, type NoticeUnit, type StoreTask } from './store-notices.ts';
import type { VersionSource } from './versions.ts';

/** What `seloste build` needs before Astro runs: the rendered site, and every problem found on the way. */
export interface PreparedSite {
  /** The site's data: in memory, or, with a store, published into it (the notices' texts in files, see {@link PublishedSite}). */
  readonly site: SiteData | PublishedSite;
  /** Problems with the input (validation) and with rendering (missing translations, unless lint reports them). */
  readonly problems: readonly Diagnostic[];
  /** Lint findings, kept apart: they stop a build only in strict mode. */
  readonly findings: readonly Diagnostic[];
  readonly fileCount: number;
}

export interface PrepareOptions {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly lint: LintConfig;
  readonly today: string;
  /** Hears how far the work is: each notice counts twice, once read and validated, once rendered. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Where the notices' earlier versions come from (`site.versions`), for their change history; none when absent. */
  readonly versions?: VersionSource;
  /** Threads to use; by default one per core when there are enough notices to be worth it. */
  readonly threads?: number;
  /**
   * Publishes each notice's texts into files kept between builds (the store
   * of the output folder in the user's cache, see outputStore), for the site at `siteUrl`:
   * a notice whose sources and settings are unchanged since a build that
   * kept it is not read, linted or rendered again. Without it (or with
   * versions, whose history needs every notice's model), the site comes in memory.
   */
  readonly store?: {
    readonly folder: string;
    readonly siteUrl?: string;
    /** Reads every notice and has every page made again, keeping what it makes (`seloste build --fresh`). */
    readonly fresh?: boolean;
  };
}

/** Below this many notices, starting threads costs more than it saves. */
const NOTICES_PER_THREAD = 150;

/**
 * Reads, validates, renders and lints the notices under `paths`: the
 * pipeline (src/pipeline/), mapped over shares of the notices in worker
 * threads when there are enough of them, and merged.
 */
export async function prepareSite(options: PrepareOptions): Promise<PreparedSite> {
  const read = readNoticeFiles(options.paths, options.cwd);
  const lint = { config: options.lint, today: options.today };
  const prepared =
    options.store === undefined || options.versions !== undefined
      ? await inMemory(read.inputs, options, lint)
      : await intoStore(read.inputs, options, options.store, lint);
  return { ...prepared, problems: sortDiagnostics([...read.diagnostics, ...prepared.problems]), fileCount: read.fileCount };
}

/** The site in memory: the pipeline over shares of the notices, its history added where asked. */
async function inMemory(inputs: readonly InputFile[], options: PrepareOptions, lint: LintSettings): Promise<Omit<PreparedSite, 'fileCount'>> {
  const organisations = inputs.filter((input) => isOrganisationFile(input.file));
  const notices = inputs.filter((input) => !isOrganisationFile(input.file));
  const threads = threadCount(notices.length, options.threads);
  // each share a run of notices in path order, so that the site lists them in that order whatever the number of threads
  const size = Math.ceil(notices.length / threads);
  const shares = Array.from({ length: threads }, (_, share) => [...organisations, ...notices.slice(share * size, (share + 1) * size)]);
  const progress = shareProgress(shares.length, options.onProgress);
  const results =
    threads === 1
      ? [processProject(shares[0] ?? [], { locales: installedLocales(), translator: defaultTranslator(), lint, onProgress: progress(0) })]
      : await Promise.all(shares.map((share, index) => inBuildThread<ShareResult>({ inputs: share, lint }, progress(index))));
  const merged = mergeResults(results, lint);
  const site = merged.site ?? assembleSiteData([], merged.organisations, siteTexts(defaultTranslator()));
  // the history is read only for a site that will be built: from git, after the notices are known to be valid
  const history =
    options.versions === undefined || hasErrors(merged.problems) ? undefined : withHistory(site, inputs, options.versions, { cwd: options.cwd, lint });
  return {
    site: history?.site ?? site,
    problems: merged.problems,
    findings: history === undefined ? merged.findings : sortDiagnostics([...merged.findings, ...history.findings]),
  };
}

/**
 * The site published into the store: each notice with its organisation is a
 * unit of its own, keyed by its sources and settings; a unit the store has
 * is taken from it, the others go through the pipeline (in threads when there
 * are enough), which writes their files into the store. Then the results are
 * merged as ever, and the checks across files made on all of them.
 */
async function intoStore(
  inputs: readonly InputFile[],
  options: PrepareOptions,
  store: NonNullable<PrepareOptions['store']>,
  lint: LintSettings,
): Promise<Omit<PreparedSite, 'fileCount'>> {
  const preparedAt = Date.now();
  const organisations = inputs.filter((input) => isOrganisationFile(input.file));
  const siteUrl = siteRoot(store.siteUrl).href;
  const locales = installedLocales();
  const settings = `${selosteFingerprint()}\u0000${JSON.stringify({ lint, siteUrl, locales })}`;
  const units: NoticeUnit[] = inputs
    .filter((input) => !isOrganisationFile(input.file))
    .map((notice) => {
      const files = [...organisations.filter((organisation) => dirname(organisation.file) === dirname(notice.file)), notice];
      return { key: noticeKey(settings, files), files };
    });
  const stored = new Map<string, StoredResult>();
  for (const unit of store.fresh === true ? [] : units) {
    const found = readStored(store.folder, unit.key);
    if (found !== undefined) stored.set(unit.key, found);
  }
  const missing = units.filter((unit) => !stored.has(unit.key));
  const total = units.length * 2;
  const done = (count: number) => options.onProgress?.(Math.min(total, (units.length - missing.length + count) * 2), total);
  done(0);
  const task = (share: readonly NoticeUnit[]): StoreTask => ({ units: share, lint, store: store.folder, publish: { siteUrl }, fresh: store.fresh === true });
  const threads = threadCount(missing.length, options.threads);
  const counted = countDone(threads, done);
  const made = await keeping(store.folder, async () =>
    threads === 1
      ? storeNotices(task(missing), counted(0))
      : (
          await Promise.all(
            Array.from({ length: threads }, (_, share) =>
              inBuildThread<readonly (readonly [string, StoredResult])[]>(
                { store: task(missing.filter((_, index) => index % threads === share)) },
                counted(share),
              ),
            ),
          )
        ).flat(),
  );
  for (const [key, result] of made) stored.set(key, result);
  const ordered = units.map((unit) => ({ unit, stored: stored.get(unit.key) }));
  const organisationsOnly = processProject(organisations, { locales });
  const merged = mergeResults([organisationsOnly, ...ordered.flatMap(({ stored: found }) => (found === undefined ? [] : [found.result]))], lint);
  const notices: PublishedNotice[] = ordered.flatMap(({ unit, stored: found }) =>
    found?.notice === undefined || merged.leftOut.has(unit.files.at(-1)?.file ?? '')
      ? []
      : [{ ...found.notice, folder: entryFolder(store.folder, unit.key), key: unit.key }],
  );
  const texts = siteTexts(defaultTranslator());
  return {
    site: {
      ...publishedSite({ texts, locales: [...new Set(notices.flatMap((notice) => notice.languages))] }, notices, organisationsIndex(merged.organisations), {
        siteUrl,
        exportedOn: options.today,
      }),
      store: store.folder,
      ...(store.fresh === true ? { fresh: true } : {}),
      preparedAt,
    },
    problems: merged.problems,
    findings: merged.findings,
  };
}

/** Runs the step that writes into the store: a full disk or a folder that cannot be written is said as such, naming the store. */
async function keeping<T>(store: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const code = fileSystemCode(error);
    if (code === undefined) throw error;
    throw new PathError(
      [store],
      `Cannot keep the notices' files for the build in ${visible(store)} (${code}); nothing was built. Free some space, or set XDG_CACHE_HOME to a folder you can write to`,
    );
  }
}

/** The threads to share `notices` between: as asked, else one per core when there are enough; never more than notices. */
function threadCount(notices: number, asked: number | undefined): number {
  const wanted = asked ?? Math.min(availableParallelism(), Math.floor(notices / NOTICES_PER_THREAD));
  return Math.max(1, Math.min(wanted, notices));
}

/** Adds up the progress of the shares for one listener. */
function shareProgress(shares: number, listener?: (done: number, total: number) => void): (share: number) => (done: number, total: number) => void {
  const done = new Array<number>(shares).fill(0);
  const totals = new Array<number>(shares).fill(0);
  return (share) => (count, total) => {
    done[share] = count;
    totals[share] = total;
    listener?.(
      done.reduce((sum, value) => sum + value, 0),
      totals.reduce((sum, value) => sum + value, 0),
    );
  };
}

/** Adds up how many units each share has done, for one listener. */
function countDone(shares: number, listener: (done: number) => void): (share: number) => (done: number) => void {
  const done = new Array<number>(shares).fill(0);
  return (share) => (count) => {
    done[share] = count;
    listener(done.reduce((sum, value) => sum + value, 0));
  };
}
