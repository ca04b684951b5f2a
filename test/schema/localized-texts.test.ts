import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizedTexts } from '../../src/schema/index.ts';
import { parseYaml } from '../../src/source/index.ts';
import { fromRoot } from '../helpers/paths.ts';

const dataOf = (path: string) => parseYaml(readFileSync(fromRoot(path), 'utf8'), path).data;

describe('the localized texts of a document', () => {
  const notice = dataOf('test/fixtures/minimal/asiakasrekisteri.yaml');
  const organisation = dataOf('test/fixtures/minimal/organisation.yaml');

  it('are found along the schema, with their pointers', () => {
    expect(localizedTexts('notice', notice)).toContainEqual({ pointer: '/register/name', text: { fi: 'Asiakasrekisteri', en: 'Customer register' } });
  });

  it('are found once per document: asking again gives the same list', () => {
    const first = localizedTexts('notice', notice);
    expect(localizedTexts('notice', notice)).toBe(first);
    expect(localizedTexts('notice', dataOf('test/fixtures/minimal/asiakasrekisteri.yaml'))).not.toBe(first);
    expect(localizedTexts('organisation', organisation)).toBe(localizedTexts('organisation', organisation));
  });

  it('are none in what is not a document', () => {
    expect(localizedTexts('notice', null)).toEqual([]);
  });
});
