import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/index.ts';
import { schemaFiles } from '../../src/schema/index.ts';
import { ruleExamples, runRuleOnExample } from '../helpers/rule-docs.ts';
import { fromRoot } from '../helpers/paths.ts';

const docsDirectory = fromRoot('docs/rules');

/** A rule's documented examples are its tests: each incorrect example reports where its `# ^` markers say, each correct one nothing. */
describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('rule %s', (id, rule) => {
  const path = join(docsDirectory, `${id}.md`);
  const markdown = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const examples = ruleExamples(markdown, id);

  it('is documented with what it checks, why, and incorrect and correct examples', () => {
    expect(markdown.startsWith(`# \`${id}\`\n`), `docs/rules/${id}.md must start with its id`).toBe(true);
    expect(markdown).toContain(rule.meta.description);
    for (const heading of ['## Why', '## Incorrect', '## Correct']) expect(markdown, heading).toContain(heading);
    for (const law of rule.meta.law) expect(markdown, `${law.source} ${law.provision}`).toContain(law.provision);
    expect(examples.filter((example) => example.kind === 'incorrect' && example.expected.length > 0).length).toBeGreaterThan(0);
    expect(examples.filter((example) => example.kind === 'correct').length).toBeGreaterThan(0);
  });

  it.each(examples.map((example, index) => [index + 1, example] as const))('example %i reports exactly where it says', (_, example) => {
    const { found, problems } = runRuleOnExample(rule, example);
    expect(problems).toEqual([]);
    expect(found).toEqual(example.kind === 'correct' ? [] : example.expected);
  });
});

describe('the rule set', () => {
  it('has a page for every rule and a rule for every page', () => {
    const pages = readdirSync(docsDirectory)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .map((name) => name.slice(0, -3))
      .sort();
    expect(pages).toEqual(rules.map((rule) => rule.meta.id).sort());
  });

  it('has stable kebab-case ids, unique, each with messages, a law and a default severity', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/u);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      expect(rule.meta.law.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'info']).toContain(rule.meta.defaultSeverity);
    }
    expect(rules.length).toBeGreaterThanOrEqual(20);
  });

  it('reports each gap with its article, and gives message levels only to messages it has', () => {
    for (const rule of rules) {
      const { messages, gaps = [], messageSeverities = {} } = rule.meta;
      for (const id of [...gaps, ...Object.keys(messageSeverities)]) expect(Object.keys(messages), `${rule.meta.id}: ${id}`).toContain(id);
      for (const id of gaps) expect(messages[id], `${rule.meta.id}: ${id}`).toMatch(/Art\. \d+/u);
    }
  });

  it('is counted right where the README counts the rules', () => {
    expect(readFileSync(fromRoot('README.md'), 'utf8')).toContain(`Each of its ${rules.length} rules`);
  });

  it('is what the configuration schema offers for completion', () => {
    const offered = (
      (
        (schemaFiles['config.schema.json']?.['properties'] as Record<string, Record<string, unknown>>)['lint']?.['properties'] as Record<
          string,
          Record<string, unknown>
        >
      )['rules']?.['propertyNames'] as Record<string, unknown>
    )['enum'] as string[];
    expect([...offered].sort()).toEqual(rules.map((rule) => rule.meta.id).sort());
  });
});
