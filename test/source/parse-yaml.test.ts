import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/index.ts';

function problems(text: string) {
  const result = parseYaml(text, 'x.yaml');
  return result.diagnostics.map((diagnostic) => ({ line: diagnostic.start.line, column: diagnostic.start.column, ruleId: diagnostic.ruleId, message: diagnostic.message }));
}

describe('YAML problems are diagnostics, never exceptions', () => {
  it('reports a duplicate key at the second occurrence, naming it', () => {
    expect(problems('a: 1\nb:\n  c: 1\n  c: 2\n')).toEqual([
      { line: 4, column: 3, ruleId: 'duplicate-key', message: 'Duplicate key `c`: each key may appear only once in a mapping; merge the two or remove one' },
    ]);
  });

  it('reports tab indentation', () => {
    expect(problems('a:\n\tb: 1\n')).toMatchObject([{ line: 2, column: 1, ruleId: 'tab-indentation' }]);
  });

  it('points an unclosed bracket or quote at where it opens', () => {
    expect(problems('a: [1, 2\nb: 3\n')).toMatchObject([{ line: 1, column: 4, ruleId: 'yaml-syntax', message: expect.stringContaining('Missing `]`') }]);
    expect(problems('a: "abc\nb: 2\n')).toMatchObject([{ line: 1, column: 4, ruleId: 'yaml-syntax', message: expect.stringContaining('Missing closing quote') }]);
  });

  it('explains a missing colon in plain words', () => {
    expect(problems('a: 1\nb 2\nc: 3\n')).toEqual([{ line: 2, column: 1, ruleId: 'yaml-syntax', message: 'Missing `:` after a key; write `key: value`' }]);
  });

  it('stops alias bombs (billion laughs) quickly', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level += 1) levels.push(`a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(', ')}]`);
    const result = parseYaml(`${levels.join('\n')}\n`, 'x.yaml');
    expect(result.data).toBeUndefined();
    // a1 uses 10 aliases; the third level passes the limit of 50 expansions
    expect(result.diagnostics).toMatchObject([{ ruleId: 'yaml-alias', start: { line: 3 } }]);
  });

  it('rejects deep nesting before the parser recurses', () => {
    expect(problems(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toMatchObject([{ ruleId: 'nesting-limit', line: 1 }]);
    expect(problems(`${'- '.repeat(10_000)}x`)).toMatchObject([{ ruleId: 'nesting-limit', line: 1 }]);
  });

  it('rejects keys that are not plain text', () => {
    expect(problems('? [a, b]\n: c\n')).toMatchObject([{ ruleId: 'non-string-key', line: 1 }]);
  });

  it('keeps __proto__ and constructor as ordinary keys without touching prototypes', () => {
    const result = parseYaml('__proto__:\n  polluted: true\nconstructor: x\n', 'x.yaml');
    expect(Object.keys(result.data as object)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads an empty file as null data without problems', () => {
    expect(parseYaml('# nothing\n', 'x.yaml')).toMatchObject({ data: null, diagnostics: [] });
  });

  it('rejects a second document in one file', () => {
    expect(problems('a: 1\n---\nb: 2\n')).toMatchObject([{ ruleId: 'yaml-syntax', message: expect.stringContaining('second document') }]);
  });
});
