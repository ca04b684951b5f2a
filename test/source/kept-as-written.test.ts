import { describe, expect, it } from 'vitest';
import { formatDiagnostic, MAX_DIAGNOSTICS_PER_FILE } from '../../src/diagnostics/index.ts';
import { validateDocument } from '../../src/schema/index.ts';
import { parseYaml } from '../../src/source/index.ts';

/** What a user sees of a text: each problem's id, line, column and message. */
function problems(text: string) {
  return parseYaml(text, 'x.yaml').diagnostics.map((diagnostic) => ({
    ruleId: diagnostic.ruleId,
    line: diagnostic.start.line,
    column: diagnostic.start.column,
    message: diagnostic.message,
  }));
}

describe('values YAML would change are refused where they are written', () => {
  it.each([
    ['a binary value', 'title:\n  fi: !!binary aGVsbG8=\n', 'yaml-tag', 2, '`!!binary`'],
    ['a timestamp', 'lastUpdated: !!timestamp 2025-01-31\n', 'yaml-tag', 1, '`!!timestamp`'],
    ['a tag of its own', 'title: !kieli Otsikko\n', 'yaml-tag', 1, '`!kieli`'],
    ['an infinite number', 'title:\n  fi: 1e400\n', 'invalid-number', 2, 'infinite'],
    ['not a number', 'title:\n  fi: .nan\n', 'invalid-number', 2, 'not a number'],
    ['a number too large to keep exactly', 'count: 9007199254740993\n', 'invalid-number', 1, 'exactly'],
    ['a lone surrogate', 'title:\n  fi: "\\uD800"\n', 'invalid-character', 2, 'lone surrogate'],
    ['a merge key', 'register:\n  <<: {name: x}\n', 'yaml-merge-key', 2, 'YAML 1.2'],
  ])('%s', (_, text, ruleId, line, said) => {
    const [first, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ ruleId, line });
    expect(first?.message).toContain(said);
  });

  it('refuses YAML 1.1, where a date is a timestamp and `<<` merges, at the directive', () => {
    expect(problems('%YAML 1.1\n---\nlastUpdated: 2025-01-31\n')).toEqual([
      { ruleId: 'yaml-version', line: 1, column: 1, message: expect.stringContaining('notices are YAML 1.2') },
    ]);
    expect(parseYaml('%YAML 1.2\n---\nlastUpdated: 2025-01-31\n', 'x.yaml').data).toEqual({ lastUpdated: '2025-01-31' });
  });

  it('keeps `!!str` and a quoted `<<` as texts', () => {
    expect(parseYaml('postalCode: !!str 00100\n"<<": merge\n', 'x.yaml')).toMatchObject({ diagnostics: [], data: { postalCode: '00100', '<<': 'merge' } });
  });

  it('names a NUL character where it is, rather than what a parser makes of it', () => {
    expect(problems('id: x\ntitle: y\n\u0000')).toEqual([
      { ruleId: 'invalid-character', line: 3, column: 1, message: expect.stringContaining('NUL character') },
    ]);
  });
});

describe('a file with very many keys', () => {
  const keys = Array.from({ length: 90_000 }, (_, index) => `  k${index}: 1`);
  const text = `register:\n${keys.join('\n')}\n  k5: 2\n  k7: 3\n`;

  it('finds every duplicate key, each once, at the later key', () => {
    const found = problems(text);
    expect(found.map(({ ruleId, line }) => [ruleId, line])).toEqual([
      ['duplicate-key', 90_002],
      ['duplicate-key', 90_003],
    ]);
    expect(found[0]?.message).toBe('Duplicate key `k5`: each key may appear only once in a mapping; merge the two or remove one');
  });

  it(`reports at most ${MAX_DIAGNOSTICS_PER_FILE} problems of a file, then how many more`, () => {
    const duplicates = Array.from({ length: 500 }, (_, index) => `  k${index}: 2`);
    const found = problems(`${text}${duplicates.join('\n')}\n`);
    expect(found).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(found.at(-1)).toMatchObject({ ruleId: 'too-many-problems', message: '…and 402 more problems in this file, not shown; fix these first' });
  });
});

describe('messages stay readable whatever the input', () => {
  it('shortens a long quoted value to 80 characters and “…”', () => {
    const parsed = parseYaml(`id: x\norganisation: y\nlanguages: [fi]\ntransfers:\n  outsideEea: ${'x'.repeat(1_000_000)}\n`, 'x.yaml');
    const [first] = validateDocument('notice', parsed);
    expect(first?.message).toContain(`\`${'x'.repeat(80)}…\``);
    expect(first?.message.length).toBeLessThan(300);
  });

  it('shows control and direction characters of a file name as escapes, so a name cannot forge a line or restyle the terminal', () => {
    const file = 'notices/a\nnotices/b.yaml:1:1: error: forged [x]\u001b[2J\u202Egnp.yaml';
    const [diagnostic] = parseYaml('a: 1\na: 2\n', file).diagnostics;
    const line = formatDiagnostic({ ...diagnostic!, file });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('notices/a\\u000Anotices/b.yaml');
    expect(line).toContain('\\u001B[2J\\u202E');
    expect(diagnostic?.file).toBe(file);
  });
});
