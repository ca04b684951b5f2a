import { describe, expect, it } from 'vitest';
import { loadNotices } from '../../src/node/index.ts';
import { root } from '../helpers/paths.ts';

/** One fixture per kind of error: each broken in one place, with the diagnostic expected there. */
const cases: readonly { file: string; line: number; column: number; ruleId: string; message: string }[] = [
  {
    file: 'missing-property',
    line: 14,
    column: 7,
    ruleId: 'required-property',
    message: 'Missing property `description` in purpose `asiakassuhde`: the purpose as the reader sees it',
  },
  { file: 'wrong-type', line: 4, column: 12, ruleId: 'wrong-type', message: 'Expected a list (`- item` lines or `[a, b]`) for `languages`, got the text `fi`' },
  {
    file: 'unknown-enum-value',
    line: 19,
    column: 16,
    ruleId: 'invalid-value',
    message:
      'Unexpected value `contracts` for `basis`; did you mean `contract`? Expected `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task` or `legitimate-interests`',
  },
  {
    file: 'misspelled-key',
    line: 18,
    column: 7,
    ruleId: 'unknown-property',
    message: expect.stringMatching(/^Unknown property `legalbasis` in purpose `asiakassuhde`; did you mean `legalBasis`\? Expected `id`, `name`, /u),
  },
  { file: 'yaml-syntax', line: 4, column: 12, ruleId: 'yaml-syntax', message: expect.stringContaining('Missing `]`') },
  {
    file: 'duplicate-key',
    line: 20,
    column: 7,
    ruleId: 'duplicate-key',
    message: 'Duplicate key `legalBasis`: each key may appear only once in a mapping; merge the two or remove one',
  },
  {
    file: 'unknown-reference',
    line: 20,
    column: 24,
    ruleId: 'unknown-reference',
    message: 'Unknown data category `yhteystieto`; did you mean `yhteystiedot`? Expected `yhteystiedot`',
  },
  {
    file: 'duplicate-id',
    line: 21,
    column: 11,
    ruleId: 'duplicate-id',
    message: 'Duplicate purpose id `asiakassuhde`: line 14 uses it too; give each purpose its own id',
  },
  { file: 'tab-indentation', line: 7, column: 1, ruleId: 'tab-indentation', message: expect.stringContaining('tab') },
  {
    file: 'unknown-organisation',
    line: 3,
    column: 15,
    ruleId: 'unknown-reference',
    message: 'Unknown organisation `esimerkk`; did you mean `esimerkki`? Expected `esimerkki`, the id of the organisation.yaml beside this notice',
  },
  { file: 'invalid-language', line: 8, column: 5, ruleId: 'invalid-language', message: expect.stringContaining('Unexpected language code `FI` in `name`') },
  {
    file: 'number-for-text',
    line: 14,
    column: 19,
    ruleId: 'wrong-type',
    message: 'Expected a text for `postalCode`, got the number 531; put it in quotes: "00531"',
  },
  {
    file: 'unknown-entity',
    line: 11,
    column: 14,
    ruleId: 'unknown-reference',
    message: 'Unknown entity `esimerkki`; did you mean `esimerkki-oy`? Expected `esimerkki-oy`',
  },
  { file: 'alias-bomb', line: 29, column: 25, ruleId: 'yaml-alias', message: expect.stringContaining('aliases expand more than 50 times') },
  {
    file: 'colon-in-text',
    line: 16,
    column: 17,
    ruleId: 'yaml-syntax',
    message:
      'Unexpected `: ` (colon and space) in a text, where YAML expects a new key; put such a text in quotes, e.g. `fi: "Huom: ilman tietoja emme voi hoitaa …"`, or write it as a block text: `fi: >-` with the text on the lines below, indented further',
  },
  {
    file: 'non-breaking-space',
    line: 18,
    column: 1,
    ruleId: 'unusual-whitespace',
    message:
      'Unexpected U+00A0 (non-breaking space) in the indentation; YAML indents with ordinary spaces only: replace it with an ordinary space (such characters come along with text pasted from a word processor or a web page)',
  },
  {
    file: 'misplaced-translation',
    line: 17,
    column: 7,
    ruleId: 'unknown-property',
    message: 'Unknown property `en` in purpose `asiakassuhde`: a translation indented at the wrong level? Indent it as far as `fi` under `description`',
  },
  {
    file: 'finnish-date',
    line: 5,
    column: 14,
    ruleId: 'invalid-format',
    message: 'Invalid date `1.3.2025` for `lastUpdated`; did you mean `2025-03-01`? Expected a calendar date written as YYYY-MM-DD, e.g. `2022-10-24`',
  },
  { file: 'empty', line: 1, column: 1, ruleId: 'wrong-type', message: 'Expected a mapping (`key: value` lines) for the notice, got an empty value' },
];

describe('each kind of error is reported at its exact place', () => {
  it.each(cases)('$file', ({ file, ...expected }) => {
    const path = `test/fixtures/invalid/${file}.yaml`;
    const project = loadNotices([path], { cwd: root });
    expect(project.notices).toEqual([]);
    expect(project.diagnostics).toHaveLength(1);
    const [diagnostic] = project.diagnostics;
    expect({ line: diagnostic?.start.line, column: diagnostic?.start.column, ruleId: diagnostic?.ruleId, message: diagnostic?.message }).toEqual(expected);
    expect(diagnostic).toMatchObject({ file: path, severity: 'error' });
  });

  it('has a fixture for every case and a case for every fixture', async () => {
    const { readdirSync } = await import('node:fs');
    const fixtures = readdirSync(`${root}test/fixtures/invalid`)
      .filter((name) => name !== 'organisation.yaml')
      .map((name) => name.replace(/\.yaml$/u, ''));
    expect(fixtures.sort()).toEqual(cases.map((entry) => entry.file).sort());
  });
});
