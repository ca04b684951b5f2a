import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SiteData } from '../publish/index.ts';
import { handOverSiteData } from './handover.ts';
import { assertReplaceableOutput, markAsSite, removeStaleStaging } from './output-folder.ts';
import { packageRoot } from './package-root.ts';

export interface BuildSiteOptions {
  /** The rendered notices, from {@link loadSite}. */
  readonly site: SiteData;
  /** Where the finished site goes; replaced only when the build succeeds. */
  readonly outDir: string;
  /** The address the site is published at, for the sitemap and canonical links. */
  readonly siteUrl?: string;
  /** Folders that must survive the build, such as the notices, and what they are. */
  readonly protectedPaths?: readonly { readonly path: string; readonly what: string }[];
}

/** What a build wrote, counted in the output: pages and records. */
export interface BuiltSite {
  readonly pages: number;
  readonly records: number;
}

/**
 * Builds the Astro site into a fresh folder beside `outDir`, then swaps it in.
 * A build that fails or is killed leaves the previous site as it was; a stale
 * folder from a killed build is removed by the next one. Only a new, empty or
 * seloste-built folder is ever replaced (see {@link assertReplaceableOutput}).
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const outDir = resolve(options.outDir);
  assertReplaceableOutput(outDir, [{ path: process.cwd(), what: 'the working directory' }, { path: packageRoot, what: 'seloste itself' }, ...(options.protectedPaths ?? [])]);
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}-build-`;
  mkdirSync(parent, { recursive: true });
  removeStaleStaging(parent, prefix);
  const staging = join(parent, `${prefix}${process.pid}`);

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
  swapInto(staging, outDir);
  return built;
}

function countOutput(folder: string): BuiltSite {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => file.replaceAll('\\', '/'));
  return { pages: files.filter((file) => file.endsWith('.html')).length, records: files.filter((file) => file.startsWith('records/') && file.endsWith('.json')).length };
}

/** Replaces `target` by `staging`: the old folder is moved aside first and removed last. */
function swapInto(staging: string, target: string): void {
  const retired = `${staging}-old`;
  if (existsSync(target)) renameSync(target, retired);
  renameSync(staging, target);
  rmSync(retired, { recursive: true, force: true });
}
