import { describe, expect, it } from 'vitest';
import { findDirectives, parseYaml } from '../../src/source/index.ts';

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
