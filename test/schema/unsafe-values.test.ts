import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/schema/index.ts';
import { parseYaml } from '../../src/source/index.ts';

function problems(text: string) {
  return validateDocument('notice', parseYaml(text, 'x.yaml')).map((diagnostic) => [diagnostic.ruleId, diagnostic.start.line, diagnostic.message]);
}

describe('values that would break a site or a record', () => {
  it.each(['con', 'aux', 'nul', 'prn', 'com1', 'lpt9'])('refuses the notice id `%s`, a device name on Windows file systems', (id) => {
    expect(problems(`id: ${id}\norganisation: x\nlanguages: [fi]\n`)).toEqual([['invalid-format', 1, expect.stringContaining('not a name Windows reserves')]]);
  });

  it('accepts ids that only begin like one', () => {
    expect(problems('id: console\norganisation: aux-oy\nlanguages: [fi]\n')).toEqual([]);
  });

  it('refuses a duration whose number no page could show exactly', () => {
    expect(problems('id: x\norganisation: y\nlanguages: [fi]\nretention:\n  rules:\n    - period: P9007199254740993D\n')).toEqual([
      ['invalid-format', 6, expect.stringContaining('each number at most four digits')],
    ]);
    expect(problems('id: x\norganisation: y\nlanguages: [fi]\nretention:\n  rules:\n    - period: P10Y\n')).toEqual([]);
  });
});
