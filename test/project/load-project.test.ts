import { describe, expect, it } from 'vitest';
import { isOrganisationFile, loadProject } from '../../src/project/index.ts';
import { loadTexts, minimal } from '../helpers/in-memory.ts';

describe('loading a project', () => {
  it('tells organisation files from notices by name, in any case', () => {
    expect(isOrganisationFile('notices/x/organisation.yaml')).toBe(true);
    expect(isOrganisationFile('notices\\x\\Organisation.YML')).toBe(true);
    expect(isOrganisationFile('notices/x/my-organisation.yaml')).toBe(false);
  });

  const { organisation, notice } = minimal;

  it('does not report notices of an organisation whose file is broken as unknown references', () => {
    const project = loadTexts(notice, 'id: esimerkki\nname: wrong\n');
    expect(project.diagnostics.map((diagnostic) => diagnostic.file)).toEqual(['a/organisation.yaml', 'a/organisation.yaml']);
  });

  it('resolves a notice only against the organisation file beside it, whatever else is loaded', () => {
    const project = loadProject([
      { file: 'a/organisation.yaml', text: organisation },
      { file: 'b/organisation.yaml', text: organisation.replace('id: esimerkki', 'id: toinen') },
      { file: 'b/notice.yaml', text: notice },
    ]);
    expect(project.notices).toEqual([]);
    expect(project.diagnostics).toEqual([
      expect.objectContaining({
        file: 'b/notice.yaml',
        ruleId: 'unknown-reference',
        start: { line: 3, column: 15 },
        message:
          "Unknown organisation `esimerkki`: the organisation.yaml beside this notice has the id `toinen`; write that id here, or move the notice to its organisation's folder",
      }),
    ]);
  });

  it('refuses a text in a language the notice does not list, suggesting the listed one meant', () => {
    const project = loadTexts(notice.replace('en: Customer register', 'eng: Customer register'));
    expect(project.notices).toEqual([]);
    expect(project.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'unlisted-language',
        start: { line: 9, column: 5 },
        message:
          'Text in `eng`, a language the notice does not list in `languages` (`fi` and `en`): did you mean `en`? Correct the language code, or add the language to `languages` and translate every text',
      }),
    ]);
  });

  it('refuses a notice that says both "no transfers" and lists one, or "no recipients" and lists one', () => {
    const transfers = loadTexts(
      `${notice}recipients:\n  items:\n    - id: pilvi\n      role: processor\n      label: { fi: pilvipalvelu, en: cloud service }\ntransfers:\n  outsideEea: none\n  destinations:\n    - countries: [US]\n      recipients: [pilvi]\n      mechanism: adequacy-decision\n`,
    );
    expect(transfers.notices).toEqual([]);
    expect(transfers.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'contradiction',
        start: { line: 33, column: 15 },
        message: '`outsideEea` is `none`, but `destinations` (line 34) lists 1 transfer outside the EU/EEA; write `outsideEea: yes`, or remove `destinations`',
      }),
    ]);
    const recipients = loadTexts(
      `${notice}recipients:\n  none: true\n  items:\n    - id: pilvi\n      role: processor\n      label: { fi: pilvipalvelu, en: cloud service }\n`,
    );
    expect(recipients.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'contradiction',
        start: { line: 28, column: 9 },
        message: expect.stringContaining('`none: true` says the data are disclosed to no one, but `items` (line 29) lists 1 recipient'),
      }),
    ]);
  });

  it('tells how to fix an organisation id used twice', () => {
    const project = loadProject([
      { file: 'a/organisation.yaml', text: organisation },
      { file: 'b/organisation.yaml', text: organisation },
    ]);
    expect(project.diagnostics).toEqual([
      expect.objectContaining({
        file: 'b/organisation.yaml',
        ruleId: 'duplicate-id',
        message: 'Duplicate organisation id `esimerkki`: a/organisation.yaml uses it too; give each organisation its own id',
      }),
    ]);
  });

  it('refuses a language seloste has no standard texts for, naming those it has and the one likely meant', () => {
    const withLanguage = (language: string) =>
      loadProject(
        [
          { file: 'a/organisation.yaml', text: organisation },
          { file: 'a/notice.yaml', text: notice.replace('languages: [fi, en]', `languages: [fi, ${language}]`) },
        ],
        { locales: ['en', 'fi', 'sv'] },
      ).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'unsupported-language');
    expect(withLanguage('de')).toEqual([
      expect.objectContaining({
        message:
          'Unsupported language `de`: seloste has standard texts for `en`, `fi` and `sv`, and this version has none for `de`; choose one of those languages',
      }),
    ]);
    expect(withLanguage('eng')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('none for `eng`; did you mean `en`? Choose one of those languages') }),
    ]);
  });

  it('hashes the content whatever the line ends and byte-order mark, and changes the hash with either file', () => {
    const hashOf = (noticeText: string, organisationText = organisation) => {
      const [loaded] = loadTexts(noticeText, organisationText).notices;
      return loaded?.contentHash;
    };
    const lf = hashOf(notice);
    expect(lf).toMatch(/^sha256:[0-9a-f]{64}$/u);
    expect(hashOf(`\uFEFF${notice.replaceAll('\n', '\r\n')}`, organisation.replaceAll('\n', '\r\n'))).toBe(lf);
    expect(hashOf(notice.replaceAll('\n', '\r'), organisation.replaceAll('\n', '\r'))).toBe(lf);
    expect(hashOf(`${notice}# a comment\n`)).not.toBe(lf);
    expect(hashOf(notice, `${organisation}# a comment\n`)).not.toBe(lf);
  });

  it('refuses control characters and direction overrides in names, which would reach pages and terminals', () => {
    const project = loadTexts(notice, organisation.replace('    name: Esimerkki Oy', '    name: "Esimerkki Oy\\u001b[2J\\u202E"'));
    expect(project.notices).toEqual([]);
    expect(project.diagnostics).toEqual([expect.objectContaining({ file: 'a/organisation.yaml', start: { line: 8, column: 11 } })]);
    const text = loadTexts(notice.replace('en: Customer register', 'en: "Customer \\u202Eregister"'));
    expect(text.diagnostics).toEqual([expect.objectContaining({ file: 'a/notice.yaml', start: { line: 9, column: 9 } })]);
  });
});
