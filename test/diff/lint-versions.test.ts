import { describe, expect, it } from 'vitest';
import { lintNotices, rules, type LintConfig } from '../../src/lint/index.ts';
import type { Notice } from '../../src/model/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { version, versionTexts, type Edit } from './helpers.ts';

const config: LintConfig = { preset: 'recommended', rules: {}, strict: false };
const today = '2026-02-01';
const versionRules = new Set(['material-change-undocumented', 'new-purpose-informed']);

const courses: Edit = (n) => {
  n.purposes?.items?.push({
    id: 'kurssit',
    description: { fi: 'Kahvikurssien ilmoittautumiset', en: 'Registrations for coffee courses' },
    legalBasis: { basis: 'contract' },
  });
  delete n.changes?.description;
};

/** The new version's notice read from its text, with a comment line put before the line that has `before`. */
function withComment(comment: string, before: string): Notice {
  const { notice, organisation } = versionTexts(courses);
  const index = notice.indexOf(before);
  const lineStart = notice.lastIndexOf('\n', index) + 1;
  const indent = notice.slice(lineStart, index);
  const project = loadProject([
    { file: 'new/organisation.yaml', text: organisation },
    { file: 'new/notice.yaml', text: `${notice.slice(0, lineStart)}${indent}${comment}\n${notice.slice(lineStart)}` },
  ]);
  expect(project.diagnostics).toEqual([]);
  return project.notices[0] as Notice;
}

describe('lint across versions', () => {
  const old = version(() => {}, 'old');

  it('runs the rules that compare versions only where a previous version is given', () => {
    const current = version(courses);
    const without = lintNotices([current], rules, config, today).filter((finding) => versionRules.has(finding.ruleId));
    expect(without).toEqual([]);
    const found = lintNotices([current], rules, config, today, new Map([[current.id, old]])).filter((finding) => versionRules.has(finding.ruleId));
    expect(found.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['material-change-undocumented', 'error'],
      ['material-change-undocumented', 'error'],
      ['new-purpose-informed', 'warning'],
    ]);
  });

  it('takes configured levels as for any rule', () => {
    const current = version(courses);
    const quiet: LintConfig = { ...config, rules: { 'material-change-undocumented': 'off', 'new-purpose-informed': 'error' } };
    const found = lintNotices([current], rules, quiet, today, new Map([[current.id, old]])).filter((finding) => versionRules.has(finding.ruleId));
    expect(found.map((finding) => [finding.ruleId, finding.severity])).toEqual([['new-purpose-informed', 'error']]);
  });

  it('lets a comment silence a finding, and reports the comment as unused only when the rule ran', () => {
    const current = withComment('# seloste-disable-next-line new-purpose-informed -- subscribers were told by e-mail on 5 January', '- id: kurssit');
    const previous = new Map([[current.id, old]]);
    const silenced = lintNotices([current], rules, config, today, previous);
    expect(silenced.filter((finding) => finding.ruleId === 'new-purpose-informed' || finding.ruleId === 'lint-directive')).toEqual([]);
    expect(lintNotices([current], rules, config, today).filter((finding) => finding.ruleId === 'lint-directive')).toEqual([]);
    const unchanged = new Map([[current.id, current]]);
    expect(
      lintNotices([current], rules, config, today, unchanged)
        .filter((finding) => finding.ruleId === 'lint-directive')
        .map((finding) => finding.message),
    ).toEqual(['Unused seloste-disable comment: `new-purpose-informed` reports nothing here; remove the comment']);
  });
});
