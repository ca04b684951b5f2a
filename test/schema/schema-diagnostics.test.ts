import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocument, type DocumentKind } from '../../src/schema/index.ts';
import { parseYaml } from '../../src/source/index.ts';
import { fromRoot } from '../helpers/paths.ts';

/** What a user sees for a document: place, rule and message of each problem. */
function problems(kind: DocumentKind, text: string) {
  const parsed = parseYaml(text, 'x.yaml');
  return [...parsed.diagnostics, ...validateDocument(kind, parsed)].map((diagnostic) => ({
    line: diagnostic.start.line,
    column: diagnostic.start.column,
    ruleId: diagnostic.ruleId,
    message: diagnostic.message,
  }));
}

const notice = readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8');
const organisation = readFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), 'utf8');

describe('keys that are not among the allowed names', () => {
  it('reports a misspelt rule in the configuration once, suggesting the rule meant', () => {
    const found = problems('config', 'lint:\n  rules:\n    recipents-named: off\n');
    expect(found).toEqual([
      {
        line: 3,
        column: 5,
        ruleId: 'unknown-property',
        message: expect.stringMatching(
          /^Unknown property `recipents-named` in `rules`; did you mean `recipients-named`\? Expected `access-fee`, `automated-decisions-stated`, /u,
        ),
      },
    ]);
  });

  it('reports a language code that is not one, once', () => {
    expect(problems('notice', notice.replace('    fi: Asiakasrekisteri', '    Fi: Asiakasrekisteri'))).toEqual([
      {
        line: 8,
        column: 5,
        ruleId: 'invalid-language',
        message: 'Unexpected language code `Fi` in `name`; expected a BCP 47 code in lower case, such as `fi`, `en` or `sv`',
      },
    ]);
  });

  it('says a language code beside a text is a translation indented at the wrong level', () => {
    const misplaced = notice.replace(
      '      label:\n        fi: nimi ja yhteystiedot\n        en: name and contact details',
      '      label:\n        fi: nimi ja yhteystiedot\n      en: name and contact details',
    );
    expect(problems('notice', misplaced)).toEqual([
      {
        line: 26,
        column: 7,
        ruleId: 'unknown-property',
        message: 'Unknown property `en` in data category `yhteystiedot`: a translation indented at the wrong level? Indent it as far as `fi` under `label`',
      },
    ]);
  });

  it('suggests the property meant for a short misspelling rather than a misplaced translation', () => {
    const misspelt = notice.replace('    - id: yhteystiedot\n', '    - id: yhteystiedot\n      kind: [x]\n');
    expect(problems('notice', misspelt)).toMatchObject([
      { ruleId: 'unknown-property', message: expect.stringMatching(/^Unknown property `kind` in data category `yhteystiedot`; did you mean `kinds`\?/u) },
    ]);
  });
});

describe('the place of a problem', () => {
  it('names a list item by its id, and by its number where it has none', () => {
    const groups = `${notice}dataSubjects:\n  groups:\n    - id: asiakkaat\n`;
    expect(problems('notice', groups)).toMatchObject([
      { line: 29, ruleId: 'required-property', message: expect.stringMatching(/^Missing property `label` in data subject group `asiakkaat`: /u) },
    ]);
    const rules = `${notice}retention:\n  rules:\n    - period: P2Y\n    - period: kaksi vuotta\n`;
    expect(problems('notice', rules)).toMatchObject([
      { line: 30, ruleId: 'invalid-format', message: expect.stringMatching(/^Invalid ISO 8601 duration `kaksi vuotta` for `period`; expected /u) },
    ]);
    expect(problems('notice', `${notice}retention:\n  rules:\n    - period: P2Y\n    - perio: P1Y\n`)).toContainEqual(
      expect.objectContaining({
        line: 30,
        ruleId: 'unknown-property',
        message: expect.stringMatching(/^Unknown property `perio` in item 2 of `retention.rules`; did you mean `period`\?/u),
      }),
    );
  });
});

describe('what was expected, in a sentence of the message', () => {
  it('continues the message with the description in lower case, without a full stop', () => {
    expect(problems('notice', notice.replace('languages: [fi, en]\n', ''))).toEqual([
      {
        line: 2,
        column: 1,
        ruleId: 'required-property',
        message: 'Missing property `languages` in the notice: the languages the notice is published in, the original first, e.g. `[fi, en]`',
      },
    ]);
    expect(problems('organisation', organisation.replace('info@esimerkki.fi', 'info <x>@esimerkki.fi'))).toMatchObject([
      {
        ruleId: 'invalid-format',
        message:
          'Invalid e-mail address `info <x>@esimerkki.fi` for `email`; expected an e-mail address as the notice writes it, e.g. `tietosuoja@example.fi`, without spaces, quotes or angle brackets',
      },
    ]);
  });

  it('proposes the ISO form of a date written the Finnish way', () => {
    expect(problems('notice', notice.replace('lastUpdated: 2025-01-31', 'lastUpdated: 1.3.2025'))).toEqual([
      {
        line: 5,
        column: 14,
        ruleId: 'invalid-format',
        message: 'Invalid date `1.3.2025` for `lastUpdated`; did you mean `2025-03-01`? Expected a calendar date written as YYYY-MM-DD, e.g. `2022-10-24`',
      },
    ]);
  });

  it('proposes `https://` for a web address without it, in one message', () => {
    expect(problems('organisation', `${organisation}website: www.esimerkki.fi/tietosuoja\n`)).toEqual([
      {
        line: 12,
        column: 10,
        ruleId: 'invalid-format',
        message:
          'Invalid web address `www.esimerkki.fi/tietosuoja` for `website`; did you mean `https://www.esimerkki.fi/tietosuoja`? Expected a web address starting with `https://` (or `http://`)',
      },
    ]);
  });
});
