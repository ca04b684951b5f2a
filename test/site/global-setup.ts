import { mkdirSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, loadProjectConfig, loadSite } from '../../src/node/index.ts';
import { fromRoot, root } from '../helpers/paths.ts';
import { serveDirectory } from './static-server.ts';

/**
 * The notices the site tests publish: the seed, a notice in three languages,
 * one with a missing translation, one with script payloads in every text, and
 * one with an address of its own in English.
 */
export const publishedNotices = ['notices', 'test/fixtures/swedish', 'test/fixtures/untranslated', 'test/fixtures/hostile-texts', 'test/site/fixtures/slugs'];

/** Builds the site once for all site tests, for the organisation the project's settings name, and serves it on localhost. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = fromRoot('test-output/site');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(fromRoot('test-output/screenshots'), { recursive: true });
  const { problems, site } = loadSite({ cwd: root, paths: publishedNotices.map(fromRoot) });
  if (site === undefined || problems.some((diagnostic) => diagnostic.severity === 'error')) throw new Error('the published test notices must be valid');
  const { organisation } = loadProjectConfig(root).config;
  await buildSite({ site, outDir, siteUrl: 'https://tietosuoja.example.fi/', ...(organisation === undefined ? {} : { identity: organisation }) });
  const server = await serveDirectory(outDir);
  project.provide('siteDir', outDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}
