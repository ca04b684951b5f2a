import { createHash } from 'node:crypto';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { mergeResults, processProject, type LintSettings, type ShareResult } from '../pipeline/index.ts';
import { isOrganisationFile, type InputFile } from '../project/index.ts';
import { siteTexts, type SiteData, type SiteNotice } from '../publish/index.ts';
import { CONFIG_FILE, loadProjectConfig } from './load-config.ts';
import { installedLocales } from './locale-files.ts';
import { defaultTranslator } from './locales.ts';
import { PathError } from './path-error.ts';
import { readNoticeFiles } from './read-files.ts';
import { today } from './today.ts';

/** A notice as the preview shows it: its pages, and the files whose problems its pages list. */
export interface DevNotice {
  readonly id: string;
  /** The notice's file, as problems name it. */
  readonly file: string;
  /** The files whose problems its pages show: the notice's, its organisation's and seloste's configuration. */
  readonly files: readonly string[];
  readonly site: SiteNotice;
  /** The file no longer gives a valid notice: `site` is its last valid version. */
  readonly stale: boolean;
}

/** One state of the preview: what the last build made of the files. */
export interface DevBuild {
  /** Counts up whenever what the files give changes: a page made from an older build reloads. */
  readonly version: number;
  /** Every notice that has pages, in the order of their files. */
  readonly notices: readonly DevNotice[];
  /** Every language some notice has pages in. */
  readonly locales: readonly string[];
  /** The texts of the site's own pages, by language. */
  readonly texts: SiteData['texts'];
  /** Problems with the input and lint findings in every file, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** Why the files could not be read at all (the folder was removed, say); the notices are then those of the last build. */
  readonly failure?: string;
  readonly fileCount: number;
  /** How many notices this build processed again because they (or what they depend on) changed. */
  readonly processed: number;
  /** Milliseconds the build took. */
  readonly milliseconds: number;
}

/** What a {@link DevBuilder} builds: the paths, relative to `cwd`, where seloste.config.yaml is read too. */
export interface DevBuilderOptions {
  readonly cwd: string;
  readonly paths: readonly string[];
  /** Today's date for lint, asked at every build (by default {@link today}: in Finland, or SELOSTE_TODAY). */
  readonly today?: () => string;
}

/** A share of the pipeline and the fingerprint of the inputs it was made from. */
interface CachedShare {
  readonly key: string;
  readonly result: ShareResult;
}

/**
 * The pipeline for the preview, over and over: each notice is its own share
 * of {@link processProject} (with the organisation files, as the build's
 * threads share them) and is processed again only when its file, an
 * organisation file, the configuration or today's date changed; the shares
 * are joined by {@link mergeResults}, which makes the checks across files. So
 * a save renders the changed notice, not the whole project, and the preview
 * shows what `seloste build` and `seloste lint` would.
 *
 * A notice whose file stops being valid keeps the pages of its last valid
 * version, marked stale, so that its problems can be shown where the reader
 * was looking.
 */
export class DevBuilder {
  readonly #options: DevBuilderOptions;
  #shares = new Map<string, CachedShare>();
  #settings = '';
  #fingerprint = '';
  #last: DevBuild | undefined;

  constructor(options: DevBuilderOptions) {
    this.#options = options;
  }

  /** The last build, if there was one. */
  get current(): DevBuild | undefined {
    return this.#last;
  }

  /**
   * Reads the files and builds what changed. Returns the last build itself
   * when nothing did. The first build throws a {@link PathError} when the
   * paths hold no YAML file; later ones report it as their `failure`.
   */
  build(): DevBuild {
    const started = performance.now();
    const { cwd, paths } = this.#options;
    const { config, diagnostics: configProblems } = loadProjectConfig(cwd);
    const lint: LintSettings = { config: config.lint, today: (this.#options.today ?? today)() };
    const settings = JSON.stringify(lint);
    if (settings !== this.#settings) this.#shares.clear();
    this.#settings = settings;
    let read: ReturnType<typeof readNoticeFiles>;
    try {
      read = readNoticeFiles(paths, cwd);
    } catch (error) {
      if (!(error instanceof PathError) || this.#last === undefined) throw error;
      return this.#failed(error.message, configProblems, started);
    }
    const organisations = read.inputs.filter((input) => isOrganisationFile(input.file));
    const notices = read.inputs.filter((input) => !isOrganisationFile(input.file));
    // without notices, one share of the organisation files: they are still checked
    const shares = notices.length === 0 ? [organisations] : notices.map((notice) => [...organisations, notice]);
    let processed = 0;
    const next = new Map<string, CachedShare>();
    const results = shares.map((inputs) => {
      const name = inputs.at(-1)?.file ?? '';
      const key = fingerprint(inputs);
      const cached = this.#shares.get(name);
      if (cached?.key === key) {
        next.set(name, cached);
        return cached.result;
      }
      processed += inputs === organisations ? 0 : 1;
      const result = processProject(inputs, { locales: installedLocales(), translator: defaultTranslator(), lint });
      next.set(name, { key, result });
      return result;
    });
    this.#shares = next;
    const diagnostics = sortDiagnostics([...configProblems, ...read.diagnostics]);
    const state = [settings, JSON.stringify(diagnostics), ...[...next.values()].map((share) => share.key)].join('\n');
    if (state === this.#fingerprint && this.#last !== undefined && this.#last.failure === undefined) return this.#last;
    this.#fingerprint = state;
    const merged = mergeResults(results, lint);
    const fresh = noticesOf(results, merged.site?.notices ?? []);
    const files = new Set(read.inputs.map((input) => input.file));
    return this.#finish({
      notices: withStale(fresh, this.#last?.notices ?? [], (notice) => files.has(notice.file)),
      texts: merged.site?.texts ?? this.#last?.texts ?? siteTexts(defaultTranslator()),
      diagnostics: sortDiagnostics([...diagnostics, ...merged.problems, ...merged.findings]),
      fileCount: read.fileCount,
      processed,
      started,
    });
  }

  /** The build when the files could not be read: the last notices, stale, and why. */
  #failed(failure: string, configProblems: readonly Diagnostic[], started: number): DevBuild {
    const last = this.#last as DevBuild;
    this.#shares.clear();
    this.#fingerprint = '';
    if (last.failure === failure) return last;
    return this.#finish({
      notices: last.notices.map((notice) => ({ ...notice, stale: true })),
      texts: last.texts,
      diagnostics: sortDiagnostics(configProblems),
      fileCount: 0,
      processed: 0,
      started,
      failure,
    });
  }

  #finish(parts: Omit<DevBuild, 'version' | 'locales' | 'milliseconds'> & { started: number }): DevBuild {
    const { started, ...build } = parts;
    this.#last = {
      ...build,
      version: (this.#last?.version ?? 0) + 1,
      locales: [...new Set(build.notices.flatMap((notice) => notice.site.languages))],
      milliseconds: performance.now() - started,
    };
    return this.#last;
  }
}

/** A short fingerprint of a share's files and texts. */
function fingerprint(inputs: readonly InputFile[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(`${input.file}\0${input.text}\0`);
  return hash.digest('base64');
}

/** The notices the merged site kept (a later file with an id already taken is left out), with their files. */
function noticesOf(results: readonly ShareResult[], kept: readonly SiteNotice[]): DevNotice[] {
  const keptSet = new Set(kept);
  return results.flatMap((result) =>
    (result.rendered ?? []).flatMap((site, index) => {
      const notice = result.project?.notices[index];
      if (notice === undefined || !keptSet.has(site)) return [];
      return [{ id: site.id, file: notice.source.file, files: [notice.source.file, notice.organisation.source.file, CONFIG_FILE], site, stale: false }];
    }),
  );
}

/**
 * The fresh notices, and the earlier ones whose file still exists but gives
 * no valid notice now (stale), unless a fresh notice has taken their id; in
 * the order of their files.
 */
function withStale(fresh: readonly DevNotice[], earlier: readonly DevNotice[], exists: (notice: DevNotice) => boolean): DevNotice[] {
  const freshFiles = new Set(fresh.map((notice) => notice.file));
  const freshIds = new Set(fresh.map((notice) => notice.id));
  const stale = earlier
    .filter((notice) => exists(notice) && !freshFiles.has(notice.file) && !freshIds.has(notice.id))
    .map((notice) => ({ ...notice, stale: true }));
  return [...fresh, ...stale].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
