import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintNotices, rules, type LintConfig } from '../../src/lint/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { findDirectives, parseYaml } from '../../src/source/index.ts';
import { fromRoot } from '../helpers/paths.ts';

const directives = (text: string) => findDirectives(parseYaml(text, 'x.yaml'));

describe('lint directives are read from YAML comments', () => {
  it('reads the rules, the reason and the line a directive applies to, past blank lines and comments', () => {
    expect(directives('a: 1\n# seloste-disable-next-line rule-a, rule-b -- a reason -- with dashes\n\n# another comment\nb: 2\n')).toEqual([
      { kind: 'next-line', ruleIds: ['rule-a', 'rule-b'], reason: 'a reason -- with dashes', line: 2, column: 1, target: 5 },
    ]);
    expect(directives('a:\n  # seloste-disable sa-contact -- published elsewhere\n  b: 1\n')).toEqual([
      { kind: 'file', ruleIds: ['sa-contact'], reason: 'published elsewhere', line: 2, column: 3, target: 3 },
    ]);
  });

  it('does not take the words inside a block text or a quoted text for a directive', () => {
    expect(directives('a: |-\n  # seloste-disable dpo-stated -- hidden\n  text\nb: "# seloste-disable dpo-stated -- hidden"\n')).toEqual([]);
  });

  it('finds none among comments that are no directives', () => {
    expect(directives('# just a comment\na: 1 # seloste-disable-next-line beside a value\n')).toEqual([]);
  });

  it('keeps a directive that names no rule, to be reported', () => {
    expect(directives('# seloste-disable-next-line\na: 1\n# seloste-disable -- a reason\n')).toMatchObject([
      { kind: 'next-line', ruleIds: [], reason: '', line: 1, target: 2 },
      { kind: 'file', ruleIds: [], reason: 'a reason', line: 3 },
    ]);
  });

  it('counts lines as the parser does, after a byte-order mark and with lone CRs', () => {
    expect(directives('\uFEFFa: 1\r# seloste-disable-next-line x -- y\rb: 2\r')).toMatchObject([{ line: 2, column: 1, target: 3 }]);
  });
});

describe('directives in a linted project', () => {
  const fixture = (name: string) => readFileSync(fromRoot(`test/fixtures/exemplary/${name}.yaml`), 'utf8');
  const withoutDpo = fixture('organisation').replace('dpo:\n  designated: false\n', '');
  /** The findings for the exemplary newsletter notice, with its organisation as given: `line rule-id: message`. */
  function findings(organisationText: string): string[] {
    const files = [
      { file: 'org/organisation.yaml', text: organisationText },
      { file: 'org/uutiskirje.yaml', text: fixture('uutiskirje') },
    ];
    const config: LintConfig = { preset: 'recommended', rules: {}, strict: false };
    return lintNotices(loadProject(files).notices, rules, config, '2026-01-15').map((finding) => `${finding.start.line} ${finding.ruleId}: ${finding.message}`);
  }

  it('a directive inside a block text silences nothing', () => {
    const inText = withoutDpo.replace(/^name:\n {2}fi: .*$/mu, (name) => `${name.replace(/fi: .*/u, 'fi: |-')}\n    # seloste-disable dpo-stated -- hidden in the text\n    Aromi Oy`);
    expect(inText).toContain('    # seloste-disable dpo-stated');
    expect(findings(inText)).toEqual([expect.stringMatching(/^\d+ dpo-stated: /u)]);
  });

  it('a directive that names no rule is reported', () => {
    const withoutRule = withoutDpo.replace('id: aromi', '# seloste-disable-next-line -- the DPO is named in the group notice\nid: aromi');
    expect(findings(withoutRule)).toEqual([
      '5 lint-directive: Missing rule id: name the rule the comment silences, e.g. `# seloste-disable-next-line rule-id -- reason`; see docs/rules/ for the rules',
      expect.stringMatching(/^6 dpo-stated: /u),
    ]);
  });
});
