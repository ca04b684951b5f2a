import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/index.ts';
import { DEFAULT_LINT_CONFIG, type LintConfig, type RuleLevel } from '../lint/index.ts';
import type { ConfigDocument } from '../model/generated/schema-types.ts';
import { validateDocument } from '../schema/index.ts';
import { parseYaml } from '../source/index.ts';
import { CONFIG_FILE } from './config-file.ts';
import { readInputFiles } from './read-files.ts';

export { CONFIG_FILE };

/** The project's settings, with defaults for what the file leaves out. */
export interface ProjectConfig {
  readonly siteUrl?: string;
  readonly lint: LintConfig;
  readonly docsUrl?: string;
}

/** Reads `seloste.config.yaml` from a folder, if there is one; problems in it are diagnostics with positions, and with an error in it the defaults apply. */
export function loadProjectConfig(cwd: string): { config: ProjectConfig; diagnostics: Diagnostic[] } {
  const path = join(cwd, CONFIG_FILE);
  if (!existsSync(path)) return { config: { lint: DEFAULT_LINT_CONFIG }, diagnostics: [] };
  // read like a notice: only a regular file, within the size limit, as UTF-8
  const read = readInputFiles([path], cwd);
  const [input] = read.inputs;
  if (input === undefined) return { config: { lint: DEFAULT_LINT_CONFIG }, diagnostics: read.diagnostics.map((diagnostic) => ({ ...diagnostic, file: CONFIG_FILE })) };
  const source = parseYaml(input.text, CONFIG_FILE);
  // an empty file, or one of comments only, asks for the defaults
  const parsed = source.data === null ? { ...source, data: {} } : source;
  const diagnostics = [...parsed.diagnostics, ...validateDocument('config', parsed)];
  if (hasErrors(diagnostics)) return { config: { lint: DEFAULT_LINT_CONFIG }, diagnostics };
  const document = (parsed.data ?? {}) as ConfigDocument;
  return {
    config: {
      ...(document.site?.url === undefined ? {} : { siteUrl: document.site.url }),
      ...(document.lint?.docsUrl === undefined ? {} : { docsUrl: document.lint.docsUrl }),
      lint: {
        preset: document.lint?.preset ?? DEFAULT_LINT_CONFIG.preset,
        strict: document.lint?.strict ?? DEFAULT_LINT_CONFIG.strict,
        rules: (document.lint?.rules ?? {}) as Record<string, RuleLevel>,
      },
    },
    diagnostics,
  };
}
