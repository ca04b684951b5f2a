import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SiteData } from '../publish/index.ts';
import { handOverSiteData } from './handover.ts';
import { markAsSite, removeStaleStaging } from './output-folder.ts';
import { packageRoot } from './package-root.ts';
import { PathError } from './path-error.ts';

export interface BuildSiteOptions {
  /** The rendered notices, from prepareSite (or loadSite). */
  readonly site: SiteData;
  /** Where the finished site goes; replaced only when the build succeeds. */
  readonly outDir: string;
  /** The folder a relative `outDir` is taken from; by default the process's working directory. */
  readonly cwd?: string;
  /** The address the site is published at, for the sitemap and canonical links. */
  readonly siteUrl?: string;
}

/** What a build wrote, counted in the output: pages and records. */
export interface BuiltSite {
  readonly pages: number;
  readonly records: number;
}

/**
 * Builds the Astro site into a fresh folder beside `outDir`, then swaps it in.
 * A build that fails or is killed leaves the previous site as it was; a stale
 * folder from a killed build is removed by the next one. `outDir` is replaced
 * as a whole: check first, before any work, that it may be with
 * assertReplaceableOutput, as `seloste build` does. A folder that
 * cannot be written is a {@link PathError}.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const outDir = resolve(options.cwd ?? process.cwd(), options.outDir);
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}-build-`;
  const staging = join(parent, `${prefix}${process.pid}`);
  writing(options.outDir, () => {
    mkdirSync(parent, { recursive: true });
    removeStaleStaging(parent, prefix);
    mkdirSync(staging);
  });

  const environment = { SELOSTE_SITE_URL: options.siteUrl, ASTRO_TELEMETRY_DISABLED: '1' };
  const previous = Object.fromEntries(Object.keys(environment).map((name) => [name, process.env[name]]));
  Object.assign(process.env, Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined)));
  handOverSiteData(options.site);
  try {
    const { build } = await import('astro');
    await build({ root: packageRoot, outDir: staging, logLevel: (process.env['SELOSTE_ASTRO_LOG'] as 'info' | undefined) ?? 'error' });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    handOverSiteData(undefined);
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  markAsSite(staging);
  const built = countOutput(staging);
  writing(options.outDir, () => swapInto(staging, outDir));
  return built;
}

/**
 * Runs a step that writes beside the output folder; a file-system error (no
 * permission, a read-only or full disk) becomes a {@link PathError} naming the
 * folder, since it is the folder asked for that cannot be used.
 */
function writing(outDir: string, step: () => void): void {
  try {
    step();
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new PathError([outDir], `Cannot write the site to ${outDir} (${error.message}); choose a folder you can write to, such as dist/`);
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function countOutput(folder: string): BuiltSite {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => file.replaceAll('\\', '/'));
  return { pages: files.filter((file) => file.endsWith('.html')).length, records: files.filter((file) => file.startsWith('records/') && file.endsWith('.json')).length };
}

/**
 * Replaces `target` by `staging`: the old folder is moved aside first and
 * removed last. A swap that fails leaves the previous site where it was and
 * removes the new one.
 */
function swapInto(staging: string, target: string): void {
  const retired = `${staging}-old`;
  try {
    if (existsSync(target)) renameSync(target, retired);
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(retired) && !existsSync(target)) renameSync(retired, target);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}
