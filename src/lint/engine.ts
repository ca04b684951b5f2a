import { code, sortDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import type { Notice, SourceFile } from '../model/index.ts';
import { diagnosticAt, type Directive } from '../source/index.ts';
import { ruleLevels, type LintConfig } from './config.ts';
import type { Report, Rule } from './rule.ts';

/**
 * Runs the rules over notices: each rule reports pointers, the engine places
 * them in the notice or organisation file, applies the configured severity,
 * drops findings silenced by a `seloste-disable` comment, and sorts. A
 * directive naming no rule or an unknown one, without a reason, or silencing
 * nothing is itself reported.
 */
export function lintNotices(notices: readonly Notice[], rules: readonly Rule[], config: LintConfig, today: string): Diagnostic[] {
  const levels = ruleLevels(rules, config);
  const known = new Set(rules.map((rule) => rule.meta.id));
  const findings: Diagnostic[] = [];
  const usedDirectives = new Set<Directive>();
  for (const notice of notices) {
    for (const rule of rules) {
      const level = levels.get(rule.meta.id) ?? 'off';
      if (level === 'off') continue;
      rule.check(notice, {
        today,
        report: (report) => {
          const source = report.file === 'organisation' ? notice.organisation.source : notice.source;
          const diagnostic = diagnosticAt(source, report.pointer, rule.meta.id, message(rule, report), { severity: level, target: report.target ?? 'value' });
          const directive = silencing(source, diagnostic);
          if (directive === undefined) findings.push(diagnostic);
          else usedDirectives.add(directive);
        },
      });
    }
  }
  const sources = uniqueSources(notices);
  const enabled = new Set([...levels].filter(([, level]) => level !== 'off').map(([id]) => id));
  return sortDiagnostics([...findings, ...directiveProblems(sources, known, enabled, usedDirectives)]);
}

function message(rule: Rule, report: Report): string {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Rule ${rule.meta.id} has no message ${report.messageId}`);
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(report.data?.[name] ?? `{{${name}}}`));
}

function silencing(source: SourceFile, diagnostic: Diagnostic): Directive | undefined {
  return source.directives.find(
    (directive) => directive.ruleIds.includes(diagnostic.ruleId) && directive.reason !== '' && (directive.kind === 'file' || directive.target === diagnostic.start.line),
  );
}

function uniqueSources(notices: readonly Notice[]): SourceFile[] {
  return [...new Set(notices.flatMap((notice) => [notice.source, notice.organisation.source]))];
}

function directiveProblems(sources: readonly SourceFile[], known: ReadonlySet<string>, enabled: ReadonlySet<string>, used: ReadonlySet<Directive>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const source of sources) {
    for (const directive of source.directives) {
      const place = { line: directive.line, column: directive.column };
      const problem = (message: string, severity: Diagnostic['severity']) => problems.push({ ruleId: 'lint-directive', severity, message, file: source.file, start: place, end: place });
      const unknown = directive.ruleIds.filter((id) => !known.has(id));
      if (directive.ruleIds.length === 0) problem('Missing rule id: name the rule the comment silences, e.g. `# seloste-disable-next-line rule-id -- reason`; see docs/rules/ for the rules', 'error');
      else if (unknown.length > 0) problem(`Unknown rule ${unknown.map(code).join(', ')} in a seloste-disable comment; see docs/rules/ for the rules`, 'error');
      else if (directive.reason === '') problem('Missing reason: write why the finding is silenced after `--`, e.g. `# seloste-disable-next-line rule-id -- reason`', 'error');
      else if (!used.has(directive) && directive.ruleIds.every((id) => enabled.has(id))) problem(`Unused seloste-disable comment: ${directive.ruleIds.map(code).join(', ')} reports nothing here; remove the comment`, 'warning');
    }
  }
  return problems;
}
