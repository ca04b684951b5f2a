import { loadProject, type Project } from '../project/index.ts';
import { collectYamlFiles, readInputFiles } from './read-files.ts';

/** Where notices live when no path is given. */
export const DEFAULT_NOTICE_PATHS: readonly string[] = ['notices'];

export interface LoadFromDiskOptions {
  readonly cwd?: string;
  readonly locales?: readonly string[];
}

/**
 * Reads and validates the notices and organisations under `paths`: the one
 * call the CLI and the site make to get a {@link Project}.
 */
export function loadNotices(paths: readonly string[] = DEFAULT_NOTICE_PATHS, options: LoadFromDiskOptions = {}): Project {
  const cwd = options.cwd ?? process.cwd();
  const { inputs, diagnostics } = readInputFiles(collectYamlFiles(paths, cwd), cwd);
  const project = loadProject(inputs, options.locales === undefined ? {} : { locales: options.locales });
  return { ...project, diagnostics: [...diagnostics, ...project.diagnostics], fileCount: project.fileCount + diagnostics.length };
}
