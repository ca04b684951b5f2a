import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { joinLintShares, lintShare, type LintShare } from '../lint/engine.ts';
import { ruleLevels, rules, type LintConfig } from '../lint/index.ts';
import { duplicateNoticeIds, noticeIdPlace, type DeepReadonly, type NoticeIdPlace, type OrganisationDocument } from '../model/index.ts';
import { isOrganisationFile, loadProject, type InputFile } from '../project/index.ts';
import { assembleSiteData, renderSiteNotices, type SiteData, type SiteNotice } from '../publish/index.ts';
import { installedLocales } from './locale-files.ts';
import { defaultTranslator } from './locales.ts';
import { readNoticeFiles } from './read-files.ts';

/** What `seloste build` needs before Astro runs: the rendered site, and every problem found on the way. */
export interface PreparedSite {
  readonly site: SiteData;
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
  /** Threads to use; by default one per core when there are enough notices to be worth it. */
  readonly threads?: number;
}

/** What one share of the work gives back: plain data, as it crosses from a worker thread. */
export interface ShareResult {
  readonly notices: SiteNotice[];
  readonly organisations: DeepReadonly<OrganisationDocument>[];
  readonly ids: NoticeIdPlace[];
  readonly problems: Diagnostic[];
  readonly lint: LintShare;
}

/** Below this many notices, starting threads costs more than it saves. */
const NOTICES_PER_THREAD = 150;

/** The lint rule that reports every missing translation, as rendering does. */
const TRANSLATIONS_RULE = 'translations-complete';

/** How much of a notice's work its reading and validating is, against its rendering: see {@link PrepareOptions.onProgress}. */
const STEPS_PER_NOTICE = 2;

/**
 * Reads, validates, lints and renders the notices under `paths`, sharing the
 * work between threads when there are many: every thread gets all the
 * organisation files and a share of the notices. What must hold across shares
 * is decided when they are joined: that ids are unique, and which
 * `seloste-disable` comments silence nothing.
 */
export async function prepareSite(options: PrepareOptions): Promise<PreparedSite> {
  const { inputs, diagnostics: readProblems, fileCount } = readNoticeFiles(options.paths, options.cwd);
  const organisations = inputs.filter((input) => isOrganisationFile(input.file));
  const notices = inputs.filter((input) => !isOrganisationFile(input.file));
  const threads = threadCount(notices.length, options.threads);
  const shares = Array.from({ length: threads }, (_, share) => [...organisations, ...notices.filter((_, index) => index % threads === share)]);
  const progress = shareProgress(shares.length, options.onProgress);
  const results =
    threads === 1
      ? [prepareShare(shares[0] ?? [], options.lint, options.today, progress(0))]
      : await Promise.all(shares.map((share, index) => inThread(share, options.lint, options.today, progress(index))));

  // Ids must be unique across shares; a notice whose id an earlier file has is left out, as in one share.
  const inputOrder = new Map(inputs.map((input, index) => [input.file, index]));
  const ids = results.flatMap((result) => result.ids).sort((a, b) => (inputOrder.get(a.file) ?? 0) - (inputOrder.get(b.file) ?? 0));
  const duplicates = duplicateNoticeIds(ids);
  const duplicated = new Set(duplicates.map((diagnostic) => diagnostic.file));
  const kept = results.flatMap((result) => result.notices.filter((_, index) => !duplicated.has(result.ids[index]?.file ?? '')));
  const site = assembleSiteData(kept, results[0]?.organisations ?? []);
  return {
    site,
    problems: sortDiagnostics([...readProblems, ...results.flatMap((result) => result.problems), ...duplicates]),
    findings: joinLintShares(results.map((result) => result.lint), rules, options.lint),
    fileCount,
  };
}

/**
 * The work of one share, in this thread: what a worker thread runs too.
 * Missing translations are left to lint's `translations-complete` rule while
 * it is on, so that each is reported once.
 */
export function prepareShare(inputs: readonly InputFile[], lint: LintConfig, today: string, onProgress?: (done: number, total: number) => void): ShareResult {
  const noticeCount = inputs.filter((input) => !isOrganisationFile(input.file)).length;
  const total = noticeCount * STEPS_PER_NOTICE;
  onProgress?.(0, total);
  const project = loadProject(inputs, { locales: installedLocales() });
  onProgress?.(noticeCount, total);
  const rendered = renderSiteNotices(project.notices, defaultTranslator(), (done) => onProgress?.(noticeCount + done, total));
  onProgress?.(total, total);
  const lintReportsTranslations = ruleLevels(rules, lint).get(TRANSLATIONS_RULE) !== 'off';
  return {
    notices: rendered.notices,
    organisations: project.organisations.map((organisation) => organisation.document),
    ids: project.notices.map(noticeIdPlace),
    problems: [...project.diagnostics, ...rendered.diagnostics.filter((diagnostic) => !(lintReportsTranslations && diagnostic.ruleId === 'missing-translation'))],
    lint: lintShare(project.notices, rules, lint, today),
  };
}

/** The threads to share `notices` between: as asked, else one per core when there are enough; never more than notices. */
function threadCount(notices: number, asked: number | undefined): number {
  const wanted = asked ?? Math.min(availableParallelism(), Math.floor(notices / NOTICES_PER_THREAD));
  return Math.max(1, Math.min(wanted, notices));
}

function inThread(inputs: readonly InputFile[], lint: LintConfig, today: string, onProgress: (done: number, total: number) => void): Promise<ShareResult> {
  // From the sources the worker is TypeScript; in the bundled command it sits beside this chunk.
  const script = new URL(import.meta.url.endsWith('.ts') ? './site-worker.ts' : './site-worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { inputs, lint, today }, execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type')) });
    worker.on('message', (message: { progress?: [number, number]; result?: ShareResult }) => {
      if (message.progress !== undefined) onProgress(...message.progress);
      if (message.result !== undefined) resolve(message.result);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`A build thread stopped with exit code ${code}`));
    });
  });
}

/** Adds up the progress of the shares for one listener. */
function shareProgress(shares: number, listener?: (done: number, total: number) => void): (share: number) => (done: number, total: number) => void {
  const done = new Array<number>(shares).fill(0);
  const totals = new Array<number>(shares).fill(0);
  return (share) => (count, total) => {
    done[share] = count;
    totals[share] = total;
    listener?.(done.reduce((sum, value) => sum + value, 0), totals.reduce((sum, value) => sum + value, 0));
  };
}
