import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeHistory, versionChanges, type NoticeVersion } from '../../src/diff/index.ts';
import type { RetentionRule } from '../../src/model/generated/schema-types.ts';
import type { Notice } from '../../src/model/index.ts';
import { fileRevisions, noticeAtRevision } from '../../src/node/git-versions.ts';
import { runCli } from '../helpers/cli.ts';
import { lineOf } from '../helpers/lines.ts';
import { textsIn, versionTexts, type Edit } from './helpers.ts';

/**
 * A repository with three commits of the exemplary notice: the first as it
 * is (tag v1); the second with coffee courses added, logged and dated (tag
 * v2); the third with the statistics kept a year longer and a DPO designated
 * in the organisation file, neither logged nor dated.
 */
const repository = mkdtempSync(join(tmpdir(), 'seloste-versions-'));
const file = 'notices/aromi/uutiskirje.yaml';
const courses: Edit = (n) => {
  n.lastUpdated = '2026-01-10';
  n.purposes?.items?.push({
    id: 'kurssit',
    description: { fi: 'Kahvikurssien ilmoittautumiset', en: 'Registrations for coffee courses' },
    legalBasis: { basis: 'contract' },
  });
  n.changes?.log?.unshift({ date: '2026-01-10', description: { fi: 'Lisätty kahvikurssit.', en: 'Added the coffee courses.' } });
};
const longer: Edit = (n, o) => {
  courses(n, o);
  (n.retention?.rules?.[1] as RetentionRule).period = 'P3Y';
  o.dpo = { designated: true, contact: { email: 'tietosuojavastaava@aromi.example.fi' } };
};
const versions = [versionTexts(), versionTexts(courses), versionTexts(longer)];

function git(args: readonly string[], date?: string): string {
  const env = date === undefined ? process.env : { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  return execFileSync(
    'git',
    ['-c', 'user.name=seloste', '-c', 'user.email=seloste@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
    { cwd: repository, encoding: 'utf8', env },
  );
}

/** Writes a version's files into the working tree. */
function write(texts: { readonly notice: string; readonly organisation: string } | undefined): void {
  writeFileSync(join(repository, 'notices', 'aromi', 'organisation.yaml'), texts?.organisation ?? '');
  writeFileSync(join(repository, file), texts?.notice ?? '');
}

beforeAll(() => {
  git(['init', '--quiet']);
  mkdirSync(join(repository, 'notices', 'aromi'), { recursive: true });
  versions.forEach((texts, index) => {
    write(texts);
    git(['add', '.']);
    git(['commit', '--quiet', '-m', `version ${index + 1}`], `2026-01-${String(index + 1).padStart(2, '0')}T12:00:00Z`);
    if (index < 2) git(['tag', `v${index + 1}`]);
  });
});

describe('seloste diff over git revisions', () => {
  it('compares the notice at two revisions, each with its organisation file at the same revision', async () => {
    const result = await runCli(['diff', file, '--from', 'v1', '--to', 'v2'], repository);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`uutiskirje: v1:${file} (2025-09-01) → v2:${file} (2026-01-10)`);
    expect(result.stdout).toContain(
      `v2:${file}:${lineOf(versions[1]?.notice ?? '', '- id: kurssit')}:7: material: New purpose: Registrations for coffee courses [purpose-added]`,
    );
    const later = await runCli(['diff', file, '--from', 'v2', '--to', 'HEAD'], repository);
    expect(later.stdout).toContain('material: Retention lengthened from 2 years to 3 years [retention-lengthened]');
    expect(later.stdout).toContain(`HEAD:notices/aromi/organisation.yaml:`);
    expect(later.stdout).toContain('minor: Data protection officer’s details changed [dpo-changed]');
  });

  it('compares a revision with the file as it is now when --to is left out', async () => {
    const result = await runCli(['diff', file, '--from', 'HEAD~2', '--format', 'json'], repository);
    const json = JSON.parse(result.stdout) as { old: { file: string }; new: { file: string }; counts: Record<string, number> };
    expect(json.old.file).toBe(`HEAD~2:${file}`);
    expect(json.new.file).toBe(file);
    expect(json.counts.material).toBe(2);
  });

  it('refuses a revision that does not exist, a file the revision lacks, and a folder outside any repository, as usage errors', async () => {
    expect(await runCli(['diff', file, '--from', 'v9'], repository)).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown revision "v9"') });
    writeFileSync(join(repository, 'notices', 'aromi', 'uusi.yaml'), versions[0]?.notice.replace('id: uutiskirje', 'id: uusi') ?? '');
    expect(await runCli(['diff', 'notices/aromi/uusi.yaml', '--from', 'v1'], repository)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('does not exist at revision "v1"'),
    });
    const outside = mkdtempSync(join(tmpdir(), 'seloste-no-git-'));
    writeFileSync(join(outside, 'a.yaml'), 'id: a\n');
    expect(await runCli(['diff', 'a.yaml', '--from', 'HEAD'], outside)).toMatchObject({ code: 2, stderr: expect.stringContaining('not in a git repository') });
    expect(await runCli(['diff', file, '--to', 'v1'], repository)).toMatchObject({ code: 2, stderr: expect.stringContaining('--to needs --from') });
  });
});

describe('a change history from the revisions of a notice', () => {
  const history = (): NoticeVersion[] =>
    fileRevisions(file, repository).map(({ revision, date }) => {
      const { project, file: name } = noticeAtRevision(file, revision, repository);
      return { notice: project.notices.find((notice) => notice.source.file === name) as Notice, revision, date };
    });

  it('lists the commits that changed the notice, oldest first, with their dates', () => {
    expect(fileRevisions(file, repository).map((entry) => entry.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('gives each version, newest first, its material changes in plain language beside the notice’s own notes', () => {
    const english = changeHistory(history(), textsIn('en'));
    expect(english.map((entry) => [entry.date, entry.material, entry.minor, entry.editorial, entry.notes.map((note) => note.text)])).toEqual([
      ['2026-01-03', ['Retention lengthened from 2 years to 3 years'], 1, 0, []],
      ['2026-01-02', ['New purpose: Registrations for coffee courses'], 0, 0, ['Added the coffee courses.']],
      ['2026-01-01', [], 0, 0, ['Added the statistics.']],
    ]);
    const finnish = changeHistory(history(), textsIn('fi'));
    expect(finnish[1]).toMatchObject({
      material: ['Uusi käsittelyn tarkoitus: Kahvikurssien ilmoittautumiset'],
      notes: [{ date: '2026-01-10', text: 'Lisätty kahvikurssit.', lang: 'fi' }],
    });
  });

  it('gives a record what it needs, language-neutral: each version’s changes with kinds, places and values', () => {
    const [latest] = versionChanges(history());
    expect(latest).toMatchObject({ date: '2026-01-03', previous: { date: '2026-01-02' }, counts: { material: 1, minor: 1, editorial: 0 } });
    expect(latest?.changes.map((change) => [change.kind, change.significance, change.file])).toEqual([
      ['retention-lengthened', 'material', 'notice'],
      ['dpo-changed', 'minor', 'organisation'],
    ]);
  });
});

describe('seloste lint --since', () => {
  it('reports a material change without a change note and a new date, where it is', async () => {
    const result = await runCli(['lint', 'notices', '--since', 'v2', '--format', 'json'], repository);
    const findings = (JSON.parse(result.stdout) as { ruleId: string; line: number; message: string }[]).filter(
      (finding) => finding.ruleId === 'material-change-undocumented',
    );
    const current = versions[2]?.notice ?? '';
    expect(findings.map((finding) => finding.line).sort((a, b) => a - b)).toEqual([lineOf(current, 'lastUpdated:'), lineOf(current, 'period: P3Y')]);
    expect(findings.map((finding) => finding.message).join('\n')).toContain('`retention-lengthened`');
    expect(result.code).toBe(1);
  });

  it('finds nothing against a version whose changes were logged and dated', async () => {
    write(versions[1]);
    try {
      const result = await runCli(['lint', file, '--since', 'v1', '--format', 'json'], repository);
      expect(
        (JSON.parse(result.stdout) as { ruleId: string }[]).filter((finding) =>
          ['material-change-undocumented', 'new-purpose-informed'].includes(finding.ruleId),
        ),
      ).toEqual([]);
    } finally {
      write(versions[2]);
    }
  });

  it('warns of a new purpose when the notice does not say how people are told of changes', async () => {
    const silent = versionTexts((n, o) => {
      courses(n, o);
      delete n.changes?.description;
    });
    write(silent);
    try {
      const result = await runCli(['lint', file, '--since', 'v1', '--format', 'json'], repository);
      const findings = (JSON.parse(result.stdout) as { ruleId: string; line: number; severity: string }[]).filter(
        (finding) => finding.ruleId === 'new-purpose-informed',
      );
      expect(findings).toMatchObject([{ severity: 'warning', line: lineOf(silent.notice, '- id: kurssit') }]);
    } finally {
      write(versions[2]);
    }
  });

  it('says which notices it could not compare, and leaves the rules silent without --since', async () => {
    const result = await runCli(['lint', 'notices', '--since', 'v1'], repository);
    expect(result.stderr).toContain('Not compared with v1, which has no valid version of it: notices/aromi/uusi.yaml');
    const plain = await runCli(['lint', 'notices', '--format', 'json'], repository);
    expect((JSON.parse(plain.stdout) as { ruleId: string }[]).filter((finding) => finding.ruleId === 'material-change-undocumented')).toEqual([]);
  });
});
