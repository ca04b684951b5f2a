import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import type { LintConfig } from '../lint/index.ts';
import { mergeResults, processProject, type LintSettings, type ShareResult } from '../pipeline/index.ts';
import { isOrganisationFile, type InputFile } from '../project/index.ts';
import { assembleSiteData, siteTexts, type SiteData } from '../publish/index.ts';
import { installedLocales } from './locale-files.ts';
import { defaultTranslator } from './locales.ts';
import { readNoticeFiles } from './read-files.ts';
import { withHistory } from './site-history.ts';
import type { VersionSource } from './versions.ts';

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
  /** Where the notices' earlier versions come from (`site.versions`), for their change history; none when absent. */
  readonly versions?: VersionSource;
  /** Threads to use; by default one per core when there are enough notices to be worth it. */
  readonly threads?: number;
}

/** Below this many notices, starting threads costs more than it saves. */
const NOTICES_PER_THREAD = 150;

/**
 * Reads, validates, renders and lints the notices under `paths`: the
 * pipeline (src/pipeline/), mapped over shares of the notices in worker
 * threads when there are enough of them, and merged.
 */
export async function prepareSite(options: PrepareOptions): Promise<PreparedSite> {
  const { inputs, diagnostics: readProblems, fileCount } = readNoticeFiles(options.paths, options.cwd);
  const organisations = inputs.filter((input) => isOrganisationFile(input.file));
  const notices = inputs.filter((input) => !isOrganisationFile(input.file));
  const threads = threadCount(notices.length, options.threads);
  const shares = Array.from({ length: threads }, (_, share) => [...organisations, ...notices.filter((_, index) => index % threads === share)]);
  const progress = shareProgress(shares.length, options.onProgress);
  const lint = { config: options.lint, today: options.today };
  const results =
    threads === 1
      ? [processProject(shares[0] ?? [], { locales: installedLocales(), translator: defaultTranslator(), lint, onProgress: progress(0) })]
      : await Promise.all(shares.map((share, index) => inThread(share, lint, progress(index))));
  const merged = mergeResults(results, lint);
  const site = merged.site ?? assembleSiteData([], merged.organisations, siteTexts(defaultTranslator()));
  // the history is read only for a site that will be built: from git, after the notices are known to be valid
  const history =
    options.versions === undefined || hasErrors(merged.problems) ? undefined : withHistory(site, inputs, options.versions, { cwd: options.cwd, lint });
  return {
    site: history?.site ?? site,
    problems: sortDiagnostics([...readProblems, ...merged.problems]),
    findings: history === undefined ? merged.findings : sortDiagnostics([...merged.findings, ...history.findings]),
    fileCount,
  };
}

/** The threads to share `notices` between: as asked, else one per core when there are enough; never more than notices. */
function threadCount(notices: number, asked: number | undefined): number {
  const wanted = asked ?? Math.min(availableParallelism(), Math.floor(notices / NOTICES_PER_THREAD));
  return Math.max(1, Math.min(wanted, notices));
}

function inThread(inputs: readonly InputFile[], lint: LintSettings, onProgress: (done: number, total: number) => void): Promise<ShareResult> {
  // From the sources the worker is TypeScript; in the bundled command it sits beside this chunk.
  const script = new URL(import.meta.url.endsWith('.ts') ? './site-worker.ts' : './site-worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { inputs, lint }, execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type')) });
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
    listener?.(
      done.reduce((sum, value) => sum + value, 0),
      totals.reduce((sum, value) => sum + value, 0),
    );
  };
}
