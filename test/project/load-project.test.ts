import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOrganisationFile, loadProject } from '../../src/project/index.ts';
import { fromRoot } from '../helpers/paths.ts';

describe('loading a project', () => {
  it('tells organisation files from notices by name, in any case', () => {
    expect(isOrganisationFile('notices/x/organisation.yaml')).toBe(true);
    expect(isOrganisationFile('notices\\x\\Organisation.YML')).toBe(true);
    expect(isOrganisationFile('notices/x/my-organisation.yaml')).toBe(false);
  });

  it('finds a notice id used twice, even in two organisations', () => {
    const organisation = readFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), 'utf8');
    const notice = readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8');
    const project = loadProject([
      { file: 'a/organisation.yaml', text: organisation },
      { file: 'a/one.yaml', text: notice },
      { file: 'b/organisation.yaml', text: organisation.replace('id: esimerkki', 'id: toinen') },
      { file: 'b/two.yaml', text: notice.replace('organisation: esimerkki', 'organisation: toinen') },
    ]);
    expect(project.notices.map((loaded) => loaded.source.file)).toEqual(['a/one.yaml']);
    expect(project.diagnostics).toEqual([expect.objectContaining({ file: 'b/two.yaml', ruleId: 'duplicate-id', start: { line: 2, column: 5 }, message: expect.stringContaining('a/one.yaml uses it too') })]);
  });

  it('does not report notices of an organisation whose file is broken as unknown references', () => {
    const project = loadProject([
      { file: 'a/organisation.yaml', text: 'id: esimerkki\nname: wrong\n' },
      { file: 'a/notice.yaml', text: readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8') },
    ]);
    expect(project.diagnostics.map((diagnostic) => diagnostic.file)).toEqual(['a/organisation.yaml', 'a/organisation.yaml']);
  });
});
