import { describe, expect, it } from 'vitest';
import { toYaml } from '../../src/import/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { parsePointer } from '../../src/source/index.ts';
import { corpus, importCase, lostSentences } from './corpus.ts';

/** The value at a JSON pointer. */
function at(value: unknown, pointer: string): unknown {
  return parsePointer(pointer).reduce<unknown>(
    (current, key) => (typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined),
    value,
  );
}

describe.each(corpus.map((entry) => [entry.name, entry] as const))('importing %s', (name, entry) => {
  it('loses no sentence of the original', async () => {
    const { inputs, result } = await importCase(entry);
    expect(lostSentences(inputs, result)).toEqual([]);
  });

  it('puts its facts in place', async () => {
    const { result } = await importCase(entry);
    for (const [pointer, expected] of Object.entries(entry.facts)) {
      const value = pointer.startsWith('$organisation') ? at(result.organisation, pointer.slice('$organisation'.length)) : at(result.notice, pointer);
      expect(value, pointer).toEqual(expected);
    }
  });

  it('writes a draft that validates as written, the same as the expected YAML', async () => {
    const { result } = await importCase(entry);
    const notice = toYaml(result.notice as unknown as Record<string, unknown>);
    const organisation = result.organisation === undefined ? '' : toYaml(result.organisation as unknown as Record<string, unknown>);
    const project = loadProject(
      [
        { file: 'a/organisation.yaml', text: organisation },
        { file: 'a/draft.yaml', text: notice },
      ],
      { locales: ['fi', 'en', 'sv'] },
    );
    expect(project.diagnostics.map((diagnostic) => `${diagnostic.pointer ?? ''}: ${diagnostic.message}`)).toEqual([]);
    expect(result.report.problems).toEqual([]);
    await expect(notice).toMatchFileSnapshot(`../fixtures/import/${name}/expected.yaml`);
    await expect(organisation).toMatchFileSnapshot(`../fixtures/import/${name}/expected-organisation.yaml`);
  });

  it('invents nothing: every fact it reports came from the words of the original', async () => {
    const { inputs, result } = await importCase(entry);
    const original = inputs
      .map((input) => input.text)
      .join('\n')
      .replace(/\s+/gu, ' ')
      .toLowerCase();
    for (const fact of result.report.facts) {
      for (const part of fact.source.split(' … ').flatMap((source) => source.split(', '))) {
        expect(original, `${fact.kind} ${fact.value}`).toContain(part.replace(/\s+/gu, ' ').toLowerCase().replace(/&/gu, '&'));
      }
    }
  });
});
