import { code, sortDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { diffNotices } from '../diff/index.ts';
import type { Notice, SourceFile } from '../model/index.ts';
import { diagnosticAt, type Directive } from '../source/index.ts';
import { messageLevel, ruleLevels, type LintConfig } from './config.ts';
import type { PreviousVersion, Report, Rule } from './rule.ts';

/** The id of the problems with `seloste-disable` comments themselves. */
export const LINT_DIRECTIVE = 'lint-directive';

/** A file's `seloste-disable` comments: plain data, so that it can cross threads. */
export type DirectiveSource = Pick<SourceFile, 'file' | 'directives'>;

/** A directive that silenced a finding: its file and the line of its comment. */
export interface DirectiveUse {
  readonly file: string;
  readonly line: number;
}

/**
 * What linting some of the notices gives: the rules' findings (silenced ones
 * left out), the files the notices were read from with their directives, and
 * which directives silenced a finding. Whether a directive is used can only be
 * decided over all notices, by {@link joinLintShares}.
 */
export interface LintShare {
  readonly findings: readonly Diagnostic[];
  readonly sources: readonly DirectiveSource[];
  readonly used: readonly DirectiveUse[];
  /** Whether previous versions were given, so that the rules comparing versions ran (and their directives can be unused). */
  readonly acrossVersions?: boolean;
}

/** The previous version of each notice, by id, for the rules that compare versions (`seloste lint --since`). */
export type PreviousVersions = ReadonlyMap<string, Notice>;

/**
 * Lints notices: the rules' findings, then the problems with `seloste-disable`
 * comments (see {@link joinLintShares}), sorted. The notices may be shared
 * between threads instead, each running {@link lintShare}, and joined after.
 */
export function lintNotices(notices: readonly Notice[], rules: readonly Rule[], config: LintConfig, today: string, previous?: PreviousVersions): Diagnostic[] {
  return joinLintShares([lintShare(notices, rules, config, today, previous)], rules, config);
}

/**
 * Runs the rules over notices: each rule reports pointers, the engine places
 * them in the notice or organisation file, applies the configured severity and
 * drops findings silenced by a `seloste-disable` comment, noting the comment.
 * A gap (a section not stated, see `RuleMeta.gaps`) in a notice whose source
 * copy is incomplete (`original: {complete: false}`) is reported at `info`.
 * Rules that compare versions run only for a notice whose previous version is
 * in `previous`, and are given it with the changes since (see `diffNotices`).
 */
export function lintShare(notices: readonly Notice[], rules: readonly Rule[], config: LintConfig, today: string, previous?: PreviousVersions): LintShare {
  const levels = ruleLevels(rules, config);
  const findings: Diagnostic[] = [];
  const used: DirectiveUse[] = [];
  for (const notice of notices) {
    const incompleteCopy = notice.document.original?.complete === false;
    const before = previous?.get(notice.id);
    let version: PreviousVersion | undefined;
    for (const rule of rules) {
      if ((levels.get(rule.meta.id) ?? 'off') === 'off') continue;
      if (rule.meta.acrossVersions === true && before === undefined) continue;
      // what changed is found once a notice, and only where a rule asks
      if (rule.meta.acrossVersions === true && before !== undefined) version ??= { notice: before, diff: diffNotices(before, notice) };
      rule.check(notice, {
        today,
        ...(rule.meta.acrossVersions === true && version !== undefined ? { previous: version } : {}),
        report: (report) => {
          const level = messageLevel(rule, report.messageId, config);
          if (level === 'off') return;
          const severity = incompleteCopy && rule.meta.gaps?.includes(report.messageId) === true ? 'info' : level;
          const source = report.file === 'organisation' ? notice.organisation.source : notice.source;
          const diagnostic = diagnosticAt(source, report.pointer, rule.meta.id, message(rule, report), { severity, target: report.target ?? 'value' });
          const directive = silencing(source, diagnostic);
          if (directive === undefined) findings.push(diagnostic);
          else used.push({ file: source.file, line: directive.line });
        },
      });
    }
  }
  return { findings, sources: directiveSources(notices), used, ...(previous === undefined ? {} : { acrossVersions: true }) };
}

/**
 * Joins the lint shares of a set of notices: their findings, and a problem for
 * each directive naming no rule or an unknown one, giving no reason, or
 * silencing nothing in any share. Sorted, without repeats.
 */
export function joinLintShares(shares: readonly LintShare[], rules: readonly Rule[], config: LintConfig): Diagnostic[] {
  const sources = new Map(shares.flatMap((share) => share.sources.map((source) => [source.file, source] as const)));
  const used = new Set(shares.flatMap((share) => share.used.map(useKey)));
  const acrossVersions = shares.some((share) => share.acrossVersions === true);
  return sortDiagnostics([...shares.flatMap((share) => share.findings), ...directiveProblems([...sources.values()], rules, config, used, acrossVersions)]);
}

function message(rule: Rule, report: Report): string {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Rule ${rule.meta.id} has no message ${report.messageId}`);
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(report.data?.[name] ?? `{{${name}}}`));
}

function silencing(source: SourceFile, diagnostic: Diagnostic): Directive | undefined {
  return source.directives.find(
    (directive) =>
      directive.ruleIds.includes(diagnostic.ruleId) && directive.reason !== '' && (directive.kind === 'file' || directive.target === diagnostic.start.line),
  );
}

/** The files the notices were read from, each notice's and its organisation's, once each. */
function directiveSources(notices: readonly Notice[]): DirectiveSource[] {
  return [...new Set(notices.flatMap((notice) => [notice.source, notice.organisation.source]))].map(({ file, directives }) => ({ file, directives }));
}

function useKey(use: DirectiveUse): string {
  return `${use.file}\u0000${use.line}`;
}

function directiveProblems(
  sources: readonly DirectiveSource[],
  rules: readonly Rule[],
  config: LintConfig,
  used: ReadonlySet<string>,
  acrossVersions: boolean,
): Diagnostic[] {
  const known = new Set(rules.map((rule) => rule.meta.id));
  // a rule that compares versions ran only if previous versions were given: before that, its comments are not unused
  const ran = new Set(rules.filter((rule) => acrossVersions || rule.meta.acrossVersions !== true).map((rule) => rule.meta.id));
  const enabled = new Set([...ruleLevels(rules, config)].filter(([id, level]) => level !== 'off' && ran.has(id)).map(([id]) => id));
  const problems: Diagnostic[] = [];
  for (const source of sources) {
    for (const directive of source.directives) {
      const place = { line: directive.line, column: directive.column };
      const problem = (message: string, severity: Diagnostic['severity']) =>
        problems.push({ ruleId: LINT_DIRECTIVE, severity, message, file: source.file, start: place, end: place });
      const unknown = directive.ruleIds.filter((id) => !known.has(id));
      if (directive.ruleIds.length === 0)
        problem(
          'Missing rule id: name the rule the comment silences, e.g. `# seloste-disable-next-line rule-id -- reason`; see docs/rules/ for the rules',
          'error',
        );
      else if (unknown.length > 0) problem(`Unknown rule ${unknown.map(code).join(', ')} in a seloste-disable comment; see docs/rules/ for the rules`, 'error');
      else if (directive.reason === '')
        problem('Missing reason: write why the finding is silenced after `--`, e.g. `# seloste-disable-next-line rule-id -- reason`', 'error');
      else if (!used.has(useKey({ file: source.file, line: directive.line })) && directive.ruleIds.every((id) => enabled.has(id)))
        problem(`Unused seloste-disable comment: ${directive.ruleIds.map(code).join(', ')} reports nothing here; remove the comment`, 'warning');
    }
  }
  return problems;
}
