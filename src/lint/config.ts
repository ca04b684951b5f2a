import type { Severity } from '../diagnostics/index.ts';
import type { Rule } from './rule.ts';

/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';

/** The presets: `recommended` (the rules every notice should pass), `strict` (every rule, warnings raised to errors). */
export type Preset = 'recommended' | 'strict';

/** How lint runs: a preset and per-rule levels over it. */
export interface LintConfig {
  readonly preset: Preset;
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Whether lint errors stop `seloste build` (publication gated on lint). */
  readonly strict: boolean;
}

export const DEFAULT_LINT_CONFIG: LintConfig = { preset: 'recommended', rules: {}, strict: false };

/** The level of each rule under a configuration. */
export function ruleLevels(rules: readonly Rule[], config: LintConfig): Map<string, RuleLevel> {
  const levels = new Map<string, RuleLevel>();
  for (const rule of rules) {
    const preset = presetLevel(rule, config.preset);
    levels.set(rule.meta.id, config.rules[rule.meta.id] ?? preset);
  }
  return levels;
}

/**
 * The level of one message of a rule: the level configured for the rule, else
 * the preset's level for the message's own default severity (see
 * `RuleMeta.messageSeverities`), else for the rule's.
 */
export function messageLevel(rule: Rule, messageId: string, config: LintConfig): RuleLevel {
  return config.rules[rule.meta.id] ?? presetLevel(rule, config.preset, rule.meta.messageSeverities?.[messageId] ?? rule.meta.defaultSeverity);
}

function presetLevel(rule: Rule, preset: Preset, severity: Severity = rule.meta.defaultSeverity): RuleLevel {
  if (rule.meta.deprecated !== undefined) return 'off';
  if (preset === 'strict') return severity === 'warning' ? 'error' : severity;
  return rule.meta.recommended ? severity : 'off';
}
