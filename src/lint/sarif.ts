import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from '../diagnostics/index.ts';
import { LINT_DIRECTIVE } from './engine.ts';
import type { Rule } from './rule.ts';

/** The base that relative file locations are resolved against: the folder seloste ran in. */
const SOURCE_ROOT = '%SRCROOT%';

/** SARIF 2.1.0 levels for seloste's severities. */
const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** What a code-scanning tool needs to show a rule: its documentation, as text. */
export interface RuleHelp {
  readonly markdown: string;
  /** Where the documentation is published, if the project has an address for it. */
  readonly uri?: string;
}

/**
 * Findings as a SARIF 2.1.0 log, for code-scanning tools: one run with the
 * rule metadata (description, law, default level, help) and a result per
 * finding at its file, line and column. Files under the folder seloste ran in
 * (`baseDirectory`, whose diagnostics name them relatively) are located
 * relative to it, as `%SRCROOT%`; others by a `file://` URL.
 */
export function toSarif(
  diagnostics: readonly Diagnostic[],
  rules: readonly Rule[],
  help: (rule: Rule) => RuleHelp,
  version: string,
  baseDirectory?: string,
): object {
  const reported = new Set(diagnostics.map((diagnostic) => diagnostic.ruleId));
  const known = new Set(rules.map((rule) => rule.meta.id));
  const descriptors = [
    ...rules.map((rule) => {
      const { markdown, uri } = help(rule);
      return {
        id: rule.meta.id,
        name: rule.meta.id,
        shortDescription: { text: rule.meta.description },
        fullDescription: { text: `${rule.meta.description} (${rule.meta.law.map((law) => `${law.source} ${law.provision}`).join('; ')})` },
        ...(uri === undefined ? {} : { helpUri: uri }),
        help: { text: markdown, markdown },
        defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
        properties: { tags: ['privacy', 'gdpr'], law: rule.meta.law.map((law) => `${law.source} ${law.provision}`) },
      };
    }),
    // problems that are not a rule's (validation, seloste-disable comments) have ids of their own
    ...[...reported]
      .filter((id) => !known.has(id))
      .sort()
      .map((id) => ({ id, name: id, shortDescription: { text: nonRuleDescription(id) }, defaultConfiguration: { level: 'error' } })),
  ];
  const index = new Map(descriptors.map((descriptor, position) => [descriptor.id, position]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'seloste', version, rules: descriptors } },
        ...(baseDirectory === undefined ? {} : { originalUriBaseIds: { [SOURCE_ROOT]: { uri: folderUrl(baseDirectory) } } }),
        results: diagnostics.map((diagnostic) => ({
          ruleId: diagnostic.ruleId,
          ruleIndex: index.get(diagnostic.ruleId) ?? 0,
          level: LEVEL[diagnostic.severity],
          message: { text: diagnostic.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(diagnostic.file),
                region: {
                  startLine: diagnostic.start.line,
                  startColumn: diagnostic.start.column,
                  endLine: diagnostic.end.line,
                  endColumn: diagnostic.end.line === diagnostic.start.line ? Math.max(diagnostic.end.column, diagnostic.start.column) : diagnostic.end.column,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}

/** What a problem that no rule reports is: a mistake in a seloste-disable comment, or a validation problem. */
function nonRuleDescription(id: string): string {
  if (id === LINT_DIRECTIVE) return 'A seloste-disable comment that names no rule or an unknown one, gives no reason, or silences nothing';
  return `Validation problem ${id} in a notice, organisation or configuration file (its YAML, schema or references), found before linting; docs/validation.md explains each`;
}

/** A file as SARIF locates it: relative to the source root, or by its absolute `file://` URL. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** A folder's `file://` URL, ending in a slash as SARIF requires of a base. */
function folderUrl(folder: string): string {
  const url = pathToFileURL(folder).href;
  return url.endsWith('/') ? url : `${url}/`;
}
