import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_CONFIG } from '../../src/lint/index.ts';
import { defaultTranslator } from '../../src/node/locales.ts';
import { installedLocales } from '../../src/node/locale-files.ts';
import { mergeResults, processProject, withoutModel, type ShareResult } from '../../src/pipeline/index.ts';
import type { InputFile } from '../../src/project/index.ts';
import { minimal } from '../helpers/in-memory.ts';

const { organisation, notice } = minimal;
const lint = { config: DEFAULT_LINT_CONFIG, today: '2026-01-15' };
const options = { locales: installedLocales(), translator: defaultTranslator(), lint };

const twoOrganisations: InputFile[] = [
  { file: 'a/organisation.yaml', text: organisation },
  { file: 'a/one.yaml', text: notice },
  { file: 'b/organisation.yaml', text: organisation.replace('id: esimerkki', 'id: toinen') },
  { file: 'b/two.yaml', text: notice.replace('organisation: esimerkki', 'organisation: toinen') },
];

/** The files in shares as worker threads get them: every organisation file, and every `count`-th notice. */
function shares(files: readonly InputFile[], count: number): ShareResult[] {
  const organisations = files.filter((file) => file.file.endsWith('organisation.yaml'));
  const notices = files.filter((file) => !file.file.endsWith('organisation.yaml'));
  return Array.from({ length: count }, (_, share) =>
    withoutModel(processProject([...organisations, ...notices.filter((_, index) => index % count === share)], options)),
  );
}

describe('the pipeline', () => {
  it('finds a notice id used twice, even in two organisations, and keeps the first in path order', () => {
    const merged = mergeResults([processProject(twoOrganisations, options)], lint);
    expect(merged.project?.notices.map((loaded) => loaded.source.file)).toEqual(['a/one.yaml']);
    expect(merged.site?.notices.map((page) => page.id)).toEqual(['asiakasrekisteri']);
    expect(merged.problems).toEqual([
      expect.objectContaining({
        file: 'b/two.yaml',
        ruleId: 'duplicate-id',
        start: { line: 2, column: 5 },
        message: expect.stringContaining('a/one.yaml uses it too'),
      }),
    ]);
  });

  it('gives the same pages, problems and findings whether the files are in one share or several', () => {
    const one = mergeResults([processProject(twoOrganisations, options)], lint);
    const two = mergeResults(shares(twoOrganisations, 2), lint);
    expect(two.problems).toEqual(one.problems);
    expect(two.findings).toEqual(one.findings);
    expect(two.site).toEqual(one.site);
    expect(two.fileCount).toBe(4);
    expect(two.project).toBeUndefined();
  });

  it('reports a missing translation once: by lint when its rule is on, else as a rendering warning', () => {
    const untranslated = notice.replace(/\n    en: Customer register/u, '');
    const files = [
      { file: 'a/organisation.yaml', text: organisation },
      { file: 'a/notice.yaml', text: untranslated },
    ];
    const linted = mergeResults([processProject(files, options)], lint);
    expect(linted.problems.filter((problem) => problem.ruleId === 'missing-translation')).toEqual([]);
    expect(linted.findings.filter((finding) => finding.ruleId === 'translations-complete')).toHaveLength(1);
    const off = { config: { ...DEFAULT_LINT_CONFIG, rules: { 'translations-complete': 'off' as const } }, today: lint.today };
    const unlinted = mergeResults([processProject(files, { ...options, lint: off })], off);
    expect(unlinted.problems.filter((problem) => problem.ruleId === 'missing-translation')).toHaveLength(1);
  });

  it('validates only, when neither texts nor lint settings are given', () => {
    const merged = mergeResults([processProject(twoOrganisations.slice(0, 2), { locales: options.locales })]);
    expect(merged.site).toBeUndefined();
    expect(merged.findings).toEqual([]);
    expect(merged.project?.notices).toHaveLength(1);
  });
});
