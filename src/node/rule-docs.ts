import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule, RuleHelp } from '../lint/index.ts';
import { packageRoot } from './package-root.ts';

/** A rule's documentation page, `docs/rules/<id>.md`, and where it is published if the project says. */
export function ruleHelp(rule: Rule, docsUrl?: string): RuleHelp {
  const path = join(packageRoot, 'docs', 'rules', `${rule.meta.id}.md`);
  const markdown = existsSync(path) ? readFileSync(path, 'utf8') : rule.meta.description;
  return docsUrl === undefined ? { markdown } : { markdown, uri: new URL(`${rule.meta.id}.md`, docsUrl).href };
}
