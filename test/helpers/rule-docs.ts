import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import type { Notice } from '../../src/model/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { parseYaml, type LocationTarget, type SourceMap } from '../../src/source/index.ts';
import { diffNotices } from '../../src/diff/index.ts';
import type { PreviousVersion, Rule } from '../../src/lint/index.ts';
import { fromRoot } from './paths.ts';

/** A YAML example of a rule's documentation, and where it expects findings. */
export interface RuleExample {
  readonly kind: 'incorrect' | 'correct';
  readonly yaml: string;
  /** Expected findings of the documented rule: `line:column` in the example. */
  readonly expected: readonly string[];
  /**
   * For a rule that compares versions: the previous version, as a block
   * fenced ```` ```yaml before ```` just above the example, merged into the
   * exemplary notice as the example is (the exemplary notice itself when the
   * page gives none).
   */
  readonly before?: string;
}

/** The YAML examples under “## Incorrect” and “## Correct” of a rule's page, each with the previous version fenced ```` ```yaml before ```` above it, if any. */
export function ruleExamples(markdown: string, ruleId: string): RuleExample[] {
  const examples: RuleExample[] = [];
  let kind: RuleExample['kind'] | undefined;
  let before: string | undefined;
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (/^## /u.test(line)) kind = /^## Incorrect/u.test(line) ? 'incorrect' : /^## Correct/u.test(line) ? 'correct' : undefined;
    if (kind === undefined || (line.trim() !== '```yaml' && line.trim() !== '```yaml before')) continue;
    const block: string[] = [];
    for (index += 1; index < lines.length && lines[index]?.trim() !== '```'; index += 1) block.push(lines[index] ?? '');
    if (line.trim() === '```yaml before') {
      before = `${block.join('\n')}\n`;
      continue;
    }
    examples.push({ kind, yaml: `${block.join('\n')}\n`, expected: markers(block, ruleId), ...(before === undefined ? {} : { before }) });
    before = undefined;
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
  const loaded = exampleNotice(fragment.data, 'notice');
  if (typeof loaded === 'string') return { found: [], problems: [loaded] };
  // a rule that compares versions is given the previous one: the page's, or the exemplary notice
  let previous: PreviousVersion | undefined;
  if (rule.meta.acrossVersions === true) {
    const before = parseYaml(example.before ?? '{}\n', 'before.yaml');
    const old = exampleNotice(before.data, 'before');
    if (typeof old === 'string') return { found: [], problems: [...before.diagnostics.map((diagnostic) => diagnostic.message), old] };
    previous = { notice: old, diff: diffNotices(old, loaded) };
  }
  const notice = loaded;
  const found: string[] = [];
  rule.check(notice, {
    ...(previous === undefined ? {} : { previous }),
    today,
    report: (report) => {
      const pointer = report.file === 'organisation' ? `/$organisation${report.pointer}` : report.pointer;
      found.push(place(fragment.sourceMap, pointer, report.target ?? 'value'));
    },
  });
  return { found: found.sort(), problems: [] };
}

/** The exemplary notice with an example's data merged in, read from `<folder>/`; the problems as one string when it is not valid. */
function exampleNotice(data: unknown, folder: string): Notice | string {
  const { $organisation: organisationPatch, ...noticePatch } = (data ?? {}) as Record<string, unknown>;
  const project = loadProject([
    { file: `${folder}/organisation.yaml`, text: stringify(merge(exemplaryOrganisation, organisationPatch ?? {})) },
    { file: `${folder}/notice.yaml`, text: stringify(merge(exemplaryNotice, noticePatch)) },
  ]);
  return project.notices[0] ?? project.diagnostics.map((diagnostic) => `${diagnostic.message} [${diagnostic.ruleId}]`).join('; ');
}

function place(sourceMap: SourceMap, pointer: string, target: LocationTarget): string {
  const { start } = sourceMap.locate(pointer, target);
  return `${start.line}:${start.column}`;
}
