import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import type { Notice } from '../../src/model/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { parseYaml, type LocationTarget, type SourceMap } from '../../src/source/index.ts';
import type { Rule } from '../../src/lint/index.ts';
import { fromRoot } from './paths.ts';

/** A YAML example of a rule's documentation, and where it expects findings. */
export interface RuleExample {
  readonly kind: 'incorrect' | 'correct';
  readonly yaml: string;
  /** Expected findings of the documented rule: `line:column` in the example. */
  readonly expected: readonly string[];
}

/** The YAML examples under “## Incorrect” and “## Correct” of a rule's page. */
export function ruleExamples(markdown: string, ruleId: string): RuleExample[] {
  const examples: RuleExample[] = [];
  let kind: RuleExample['kind'] | undefined;
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (/^## /u.test(line)) kind = /^## Incorrect/u.test(line) ? 'incorrect' : /^## Correct/u.test(line) ? 'correct' : undefined;
    if (kind === undefined || line.trim() !== '```yaml') continue;
    const block: string[] = [];
    for (index += 1; index < lines.length && lines[index]?.trim() !== '```'; index += 1) block.push(lines[index] ?? '');
    examples.push({ kind, yaml: `${block.join('\n')}\n`, expected: markers(block, ruleId) });
  }
  return examples;
}

/** `# ^ rule-id` comment lines: a finding expected on the line above, at the caret's column. */
function markers(block: readonly string[], ruleId: string): string[] {
  const expected: string[] = [];
  block.forEach((line, index) => {
    const match = /^(\s*)#\s*(\^+)\s+([a-z0-9-]+)\s*$/u.exec(line);
    if (match === null || match[3] !== ruleId) return;
    let target = index - 1;
    while (target >= 0 && /^\s*#\s*\^/u.test(block[target] ?? '')) target -= 1;
    expected.push(`${target + 1}:${line.indexOf('^') + 1}`);
  });
  return expected.sort();
}

const exemplaryNotice = parseYaml(readFileSync(fromRoot('test/fixtures/exemplary/uutiskirje.yaml'), 'utf8'), 'uutiskirje.yaml').data;
const exemplaryOrganisation = parseYaml(readFileSync(fromRoot('test/fixtures/exemplary/organisation.yaml'), 'utf8'), 'organisation.yaml').data;

/** Merges an example into the exemplary notice: mappings merge, lists replace, `~` removes. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === null) return undefined;
  if (typeof patch !== 'object' || Array.isArray(patch) || typeof base !== 'object' || base === null || Array.isArray(base)) return patch;
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    const merged = merge(result[key], value);
    if (merged === undefined) delete result[key];
    else result[key] = merged;
  }
  return result;
}

/** Runs one rule on the exemplary notice with an example merged in; returns its findings placed in the example's own lines. */
export function runRuleOnExample(rule: Rule, example: RuleExample, today = '2026-01-15'): { found: string[]; problems: string[] } {
  const fragment = parseYaml(example.yaml, 'example.yaml');
  if (fragment.diagnostics.length > 0) return { found: [], problems: fragment.diagnostics.map((diagnostic) => diagnostic.message) };
  const { $organisation: organisationPatch, ...noticePatch } = (fragment.data ?? {}) as Record<string, unknown>;
  const project = loadProject([
    { file: 'organisation.yaml', text: stringify(merge(exemplaryOrganisation, organisationPatch ?? {})) },
    { file: 'notice.yaml', text: stringify(merge(exemplaryNotice, noticePatch)) },
  ]);
  const notice = project.notices[0] as Notice | undefined;
  if (notice === undefined) return { found: [], problems: project.diagnostics.map((diagnostic) => `${diagnostic.message} [${diagnostic.ruleId}]`) };
  const found: string[] = [];
  rule.check(notice, {
    today,
    report: (report) => {
      const pointer = report.file === 'organisation' ? `/$organisation${report.pointer}` : report.pointer;
      found.push(place(fragment.sourceMap, pointer, report.target ?? 'value'));
    },
  });
  return { found: found.sort(), problems: [] };
}

function place(sourceMap: SourceMap, pointer: string, target: LocationTarget): string {
  const { start } = sourceMap.locate(pointer, target);
  return `${start.line}:${start.column}`;
}
