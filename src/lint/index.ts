export { joinLintShares, lintNotices, lintShare } from './engine.ts';
export type { LintShare, PreviousVersions } from './engine.ts';
export { DEFAULT_LINT_CONFIG, ruleLevels } from './config.ts';
export type { LintConfig, Preset, RuleLevel } from './config.ts';
export type { LegalReference, PreviousVersion, Report, Rule, RuleContext, RuleMeta } from './rule.ts';
export { rules } from './rules/index.ts';
export { toSarif } from './sarif.ts';
export type { RuleHelp } from './sarif.ts';
