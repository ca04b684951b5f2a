import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_LIMITS, parseYaml } from '../../src/source/index.ts';
import { findExcessiveNesting } from '../../src/source/nesting.ts';

function problems(text: string) {
  const result = parseYaml(text, 'x.yaml');
  return result.diagnostics.map((diagnostic) => ({
    line: diagnostic.start.line,
    column: diagnostic.start.column,
    ruleId: diagnostic.ruleId,
    message: diagnostic.message,
  }));
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
    expect(problems('a: "abc\nb: 2\n')).toMatchObject([
      { line: 1, column: 4, ruleId: 'yaml-syntax', message: expect.stringContaining('Missing closing quote') },
    ]);
  });

  it('explains a missing colon in plain words', () => {
    expect(problems('a: 1\nb 2\nc: 3\n')).toEqual([{ line: 2, column: 1, ruleId: 'yaml-syntax', message: 'Missing `:` after a key; write `key: value`' }]);
  });

  it('stops alias bombs (billion laughs) quickly', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level += 1)
      levels.push(
        `a${level}: &a${level} [${Array(10)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    const result = parseYaml(`${levels.join('\n')}\n`, 'x.yaml');
    expect(result.data).toBeUndefined();
    // a1 uses 10 aliases; the third level passes the limit of 50 expansions
    expect(result.diagnostics).toMatchObject([{ ruleId: 'yaml-alias', start: { line: 3 } }]);
  });

  it('rejects deep nesting before the parser recurses', () => {
    expect(problems(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toMatchObject([{ ruleId: 'nesting-limit', line: 1 }]);
    expect(problems(`${'- '.repeat(10_000)}x`)).toMatchObject([{ ruleId: 'nesting-limit', line: 1 }]);
  });

  it('refuses a file of too many values under its own rule, aliases or not, in words that fit any file', () => {
    const result = parseYaml('a: [1, 2, 3]\n', 'organisation.yaml', { ...DEFAULT_PARSE_LIMITS, maxValues: 4 });
    expect(result.data).toBeUndefined();
    expect(result.diagnostics).toMatchObject([
      {
        ruleId: 'size-limit',
        message:
          'Unexpected size: the file holds more than 4 values, counting what aliases repeat; a notice, organisation or configuration file needs far fewer',
      },
    ]);
  });

  it('says of deep nesting what any file needs, not only a notice', () => {
    expect(problems(`${'['.repeat(100)}${']'.repeat(100)}`)).toMatchObject([
      { message: 'Unexpected nesting deeper than 64 levels; a notice, organisation or configuration file needs far fewer' },
    ]);
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

describe('YAML problems in words for the people who write notices', () => {
  it('explains a text with `: ` in it, at that colon, with the text quoted as an example', () => {
    expect(problems('description:\n  fi: Huom: ilman tietoja emme voi\n')).toEqual([
      {
        line: 2,
        column: 11,
        ruleId: 'yaml-syntax',
        message:
          'Unexpected `: ` (colon and space) in a text, where YAML expects a new key; put such a text in quotes, e.g. `fi: "Huom: ilman tietoja emme voi"`, or write it as a block text: `fi: >-` with the text on the lines below, indented further',
      },
    ]);
  });

  it('says that typographic quotes are not YAML quotes', () => {
    expect(problems('fi: “Huom: ilman tietoja”\n')).toMatchObject([
      {
        line: 1,
        column: 10,
        message: expect.stringMatching(
          /e\.g\. `fi: "“Huom: ilman tietoja”"`.*; quotes such as “ ” are part of the text, YAML quotes are straight: `"` or `'`$/u,
        ),
      },
    ]);
  });

  it('shortens a long text in the example at a word', () => {
    const [problem] = problems('fi: Huom: ilman näitä tietoja emme voi hoitaa asiakassuhdetta emmekä toimittaa tilauksia\n');
    expect(problem?.message).toContain('e.g. `fi: "Huom: ilman näitä tietoja emme voi …"`');
  });

  it('names a non-breaking space in the indentation, on its own line', () => {
    expect(problems('a:\n  b: 1\n\u00A0\u00A0c: 2\n')).toEqual([
      {
        line: 3,
        column: 1,
        ruleId: 'unusual-whitespace',
        message:
          'Unexpected U+00A0 (non-breaking space) in the indentation; YAML indents with ordinary spaces only: replace it with an ordinary space (such characters come along with text pasted from a word processor or a web page)',
      },
    ]);
  });

  it('reports the non-breaking space rather than the syntax errors it causes', () => {
    expect(problems('a:\n\u00A0\u00A0b: 1\n  c: 2\n')).toMatchObject([{ line: 2, column: 1, ruleId: 'unusual-whitespace' }]);
  });

  it('names a non-breaking or zero-width space after the colon of a key', () => {
    expect(problems('a: 1\nlastUpdated:\u00A02025-01-31\nb: 2\n')).toEqual([
      {
        line: 2,
        column: 13,
        ruleId: 'unusual-whitespace',
        message:
          'Unexpected U+00A0 (non-breaking space) after `lastUpdated:`; YAML needs an ordinary space after the colon of a key: replace it with an ordinary space (such characters come along with text pasted from a word processor or a web page)',
      },
    ]);
    expect(problems('a:\u200B value\n')).toMatchObject([
      {
        line: 1,
        column: 3,
        ruleId: 'unusual-whitespace',
        message: expect.stringContaining('U+200B (zero-width space) after `a:`; YAML needs an ordinary space after the colon of a key: delete it'),
      },
    ]);
  });

  it('leaves non-breaking spaces inside texts alone', () => {
    const result = parseYaml('a: "x\u00A0y"\nb: |-\n  \u00A0sisennetty\nc: 10\u00A0€\nd: Huom:\u00A0tärkeä\n', 'x.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.data).toEqual({ a: 'x\u00A0y', b: '\u00A0sisennetty', c: '10\u00A0€', d: 'Huom:\u00A0tärkeä' });
  });

  it('leaves space-like characters in comments alone, and finds them after a key in the same file', () => {
    expect(problems('a: 1 # huom:\u00A0x\n#\u00A0kommentti\n')).toEqual([]);
    expect(problems('a: 1 # huom:\u00A0x\nb:\u00A0tärkeä\n')).toMatchObject([{ line: 2, column: 3, ruleId: 'unusual-whitespace' }]);
  });

  it('reports only the tab, not the syntax errors that follow from it', () => {
    expect(problems('a:\n  b:\n\t  c: 1\n  d: 2\n')).toEqual([
      {
        line: 3,
        column: 1,
        ruleId: 'tab-indentation',
        message: 'Unexpected tab character in indentation; YAML indents with spaces only, replace the tab with spaces',
      },
    ]);
  });
});

describe('nesting is counted where YAML nests, not in prose', () => {
  const seventy = '['.repeat(70);

  it('reads many `[` in texts as text', () => {
    for (const text of [
      `a: |-\n  ${seventy} sulkeet\n`,
      `a: >\n  Katso\n  ${seventy}\n\nb: x\n`,
      `a: Katso ${seventy}\n`,
      `a: '${seventy}'\n`,
      `a: "don't ${seventy}"\n`,
      `a: x # ${seventy}\n`,
    ]) {
      expect(problems(text), text).toEqual([]);
    }
  });

  it('counts `[` and `{` alike, and many brackets side by side are no nesting', () => {
    expect(findExcessiveNesting('a: [{b: [1]}]\n', 3)).toBeUndefined();
    expect(findExcessiveNesting('a: [{b: [{c: 1}]}]\n', 3)).toBe(9); // the fourth bracket
    expect(findExcessiveNesting('a: [1]\nb: [2]\nc: {d: 3}\ne: [{f: 4}]\n', 3)).toBeUndefined();
  });

  it('still counts flow brackets after a key, a list dash, an anchor or inside a flow collection', () => {
    expect(problems(`a: ${seventy}\n`)).toMatchObject([{ ruleId: 'nesting-limit', line: 1, column: 68 }]);
    expect(problems(`a:\n  - &x ${seventy}\n`)).toMatchObject([{ ruleId: 'nesting-limit', line: 2, column: 72 }]);
    expect(problems(`a: [x, {b: ${seventy}\n`)).toMatchObject([{ ruleId: 'nesting-limit', line: 1 }]);
  });
});

describe('comments', () => {
  it('are collected with their places, but not `#` lines inside quoted or block texts', () => {
    const result = parseYaml('# top\na: |-\n  # not a comment\n  x\nb: "q # no" # yes\n', 'x.yaml');
    expect(result.comments).toEqual([
      { offset: 0, text: '# top' },
      { offset: 46, text: '# yes' },
    ]);
  });
});
