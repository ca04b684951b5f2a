import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/index.ts';
import { DEFAULT_LINT_CONFIG, type LintConfig, type RuleLevel } from '../lint/index.ts';
import type { ConfigDocument } from '../model/generated/schema-types.ts';
import type { IdentitySettings } from '../publish/index.ts';
import { validateDocument } from '../schema/index.ts';
import { diagnosticAt, parseYaml } from '../source/index.ts';
import { CONFIG_FILE } from './config-file.ts';
import { readInputFiles } from './read-files.ts';
import { readLogo } from './read-logo.ts';
import type { VersionSource } from './versions.ts';

export { CONFIG_FILE };

/** The project's settings, with defaults for what the file leaves out. */
export interface ProjectConfig {
  readonly siteUrl?: string;
  /** The organisation that publishes the site (`site.organisation`), its logo read and checked. */
  readonly organisation?: IdentitySettings;
  /** Where the notices' earlier versions come from (`site.versions`); absent for none, the default. */
  readonly versions?: VersionSource;
  readonly lint: LintConfig;
  readonly docsUrl?: string;
}

/**
 * Reads `seloste.config.yaml` from a folder, if there is one; problems in it
 * are diagnostics with positions, and with an error in it the defaults apply.
 * The logo it names is read and checked here (see {@link readLogo}): a logo
 * that cannot be published is an error in the file, at its key.
 */
export function loadProjectConfig(cwd: string): { config: ProjectConfig; diagnostics: Diagnostic[] } {
  const path = join(cwd, CONFIG_FILE);
  if (!existsSync(path)) return { config: { lint: DEFAULT_LINT_CONFIG }, diagnostics: [] };
  // read like a notice: only a regular file, within the size limit, as UTF-8
  const read = readInputFiles([path], cwd);
  const [input] = read.inputs;
  if (input === undefined)
    return { config: { lint: DEFAULT_LINT_CONFIG }, diagnostics: read.diagnostics.map((diagnostic) => ({ ...diagnostic, file: CONFIG_FILE })) };
  const source = parseYaml(input.text, CONFIG_FILE);
  // an empty file, or one of comments only, asks for the defaults
  const parsed = source.data === null ? { ...source, data: {} } : source;
  const diagnostics = [...parsed.diagnostics, ...validateDocument('config', parsed)];
  if (hasErrors(diagnostics)) return { config: { lint: DEFAULT_LINT_CONFIG }, diagnostics };
  const document = (parsed.data ?? {}) as ConfigDocument;
  const organisation = document.site?.organisation;
  const logo = organisation?.logo === undefined ? undefined : readLogo(organisation.logo, cwd);
  if (logo !== undefined && 'problem' in logo) {
    return {
      config: { lint: DEFAULT_LINT_CONFIG },
      diagnostics: [...diagnostics, diagnosticAt(parsed, '/site/organisation/logo', 'invalid-logo', logo.problem)],
    };
  }
  return {
    config: {
      ...(document.site?.url === undefined ? {} : { siteUrl: document.site.url }),
      ...(organisation === undefined
        ? {}
        : {
            organisation: {
              name: organisation.name,
              ...(organisation.website === undefined ? {} : { website: organisation.website }),
              ...(organisation.contact === undefined ? {} : { contact: organisation.contact }),
              ...(logo === undefined ? {} : { logo: logo.logo }),
            },
          }),
      ...(document.site?.versions === undefined || document.site.versions === 'none' ? {} : { versions: document.site.versions }),
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
