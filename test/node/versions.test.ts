import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINT_CONFIG } from '../../src/lint/index.ts';
import { loadSite } from '../../src/node/load-site.ts';
import { prepareSite } from '../../src/node/prepare-site.ts';
import { readNoticeFiles } from '../../src/node/read-files.ts';
import { readNoticeVersions } from '../../src/node/versions.ts';
import { fromRoot } from '../helpers/paths.ts';

const workspaces: string[] = [];
afterAll(() => {
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
});

const original = readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8');
const updated = (date: string) => original.replace('lastUpdated: 2025-01-31', `lastUpdated: ${date}`);

/** A repository with the minimal notice, committed once for each `[date, text]`, optionally tagged. */
function repository(commits: readonly { date: string; text: string; tag?: string }[]): string {
  const workspace = mkdtempSync(join(tmpdir(), 'seloste-node-versions-'));
  workspaces.push(workspace);
  mkdirSync(join(workspace, 'notices', 'esimerkki'), { recursive: true });
  cpSync(fromRoot('test/fixtures/minimal/organisation.yaml'), join(workspace, 'notices', 'esimerkki', 'organisation.yaml'));
  const git = (args: readonly string[], date: string) =>
    execFileSync('git', ['-c', 'user.name=Seloste Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: workspace,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
    });
  git(['init', '--quiet'], '2025-01-01');
  for (const { date, text, tag } of commits) {
    writeFileSync(join(workspace, 'notices', 'esimerkki', 'asiakasrekisteri.yaml'), text);
    git(['add', '-A'], date);
    git(['commit', '--quiet', '-m', date], date);
    if (tag !== undefined) git(['tag', tag], date);
  }
  return workspace;
}

const versionsIn = (workspace: string, source: 'commits' | 'tags') =>
  readNoticeVersions(readNoticeFiles(['notices'], workspace).inputs, source, workspace).get('asiakasrekisteri') ?? [];

describe('the versions of a notice, read from git', () => {
  it('has one version per commit that changed the notice, oldest first, dated by the commit; of one day the last', () => {
    const workspace = repository([
      { date: '2025-01-31', text: original },
      { date: '2025-03-01', text: updated('2025-02-28') },
      { date: '2025-03-01', text: updated('2025-03-01') },
    ]);
    const versions = versionsIn(workspace, 'commits');
    expect(versions.map((version) => version.date)).toEqual(['2025-01-31', '2025-03-01']);
    expect(versions.at(-1)?.notice.document.lastUpdated).toBe('2025-03-01');
    expect(versions.every((version) => version.revision !== undefined)).toBe(true);
  });

  it('adds the file as it is now where it differs from the last commit', () => {
    const workspace = repository([{ date: '2025-01-31', text: original }]);
    writeFileSync(join(workspace, 'notices', 'esimerkki', 'asiakasrekisteri.yaml'), updated('2025-04-01'));
    const versions = versionsIn(workspace, 'commits');
    expect(versions.map((version) => [version.date, version.revision === undefined])).toEqual([
      ['2025-01-31', false],
      [undefined, true],
    ]);
  });

  it('with tags, has one version per tag at which the notice differs from the tag before', () => {
    const workspace = repository([
      { date: '2025-01-31', text: original, tag: 'v1' },
      { date: '2025-02-15', text: updated('2025-02-15') },
      { date: '2025-03-01', text: updated('2025-03-01'), tag: 'v2' },
    ]);
    execFileSync('git', ['tag', 'v2-again', 'v2'], { cwd: workspace, stdio: 'ignore' });
    expect(versionsIn(workspace, 'tags').map((version) => [version.revision, version.date])).toEqual([
      ['v1', '2025-01-31'],
      ['v2', '2025-03-01'],
    ]);
  });

  it('has no history for a notice with one version, or outside a repository', () => {
    expect(versionsIn(repository([{ date: '2025-01-31', text: original }]), 'commits')).toEqual([]);
    const plain = mkdtempSync(join(tmpdir(), 'seloste-node-versions-'));
    workspaces.push(plain);
    cpSync(fromRoot('test/fixtures/minimal'), join(plain, 'notices'), { recursive: true });
    expect(versionsIn(plain, 'commits')).toEqual([]);
  });

  it('from a folder of versions beside the notice, has one version per dated file, and the notice as it is now last', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'seloste-node-versions-'));
    workspaces.push(workspace);
    const folder = join(workspace, 'notices', 'esimerkki');
    cpSync(fromRoot('test/fixtures/minimal'), folder, { recursive: true });
    writeFileSync(join(folder, 'asiakasrekisteri.yaml'), updated('2025-06-01'));
    mkdirSync(join(folder, 'versions', 'asiakasrekisteri'), { recursive: true });
    writeFileSync(join(folder, 'versions', 'asiakasrekisteri', '2025-01-31.yaml'), original);
    writeFileSync(join(folder, 'versions', 'asiakasrekisteri', '2025-03-01.yaml'), updated('2025-03-01'));
    writeFileSync(join(folder, 'versions', 'asiakasrekisteri', 'notes.yaml'), original);
    const inputs = readNoticeFiles(['notices/esimerkki/asiakasrekisteri.yaml'], workspace).inputs;
    const versions = readNoticeVersions(inputs, 'folder', workspace).get('asiakasrekisteri') ?? [];
    expect(versions.map((version) => [version.date, version.notice.document.lastUpdated])).toEqual([
      ['2025-01-31', '2025-01-31'],
      ['2025-03-01', '2025-03-01'],
      [undefined, '2025-06-01'],
    ]);
  });
});

describe('a build with the history of its notices', () => {
  it('reports a material change the notice does not document, as `lint --since` would', async () => {
    const withNewPurpose = original.replace(
      'purposes:\n  items:\n',
      'purposes:\n  items:\n    - id: uutiskirje\n      description:\n        fi: Uutiskirjeen lähettäminen\n        en: Sending the newsletter\n',
    );
    expect(withNewPurpose).not.toBe(original);
    const workspace = repository([
      { date: '2025-01-31', text: original },
      { date: '2025-03-01', text: withNewPurpose },
    ]);
    const prepared = await prepareSite({ cwd: workspace, paths: ['notices'], lint: DEFAULT_LINT_CONFIG, today: '2025-03-02', versions: 'commits', threads: 1 });
    const acrossVersions = prepared.findings.filter((finding) => ['material-change-undocumented', 'new-purpose-informed'].includes(finding.ruleId));
    expect(acrossVersions.map((finding) => [finding.ruleId, finding.file])).toContainEqual([
      'material-change-undocumented',
      'notices/esimerkki/asiakasrekisteri.yaml',
    ]);
    expect(acrossVersions.map((finding) => finding.ruleId)).toContain('new-purpose-informed');
    const without = await prepareSite({ cwd: workspace, paths: ['notices'], lint: DEFAULT_LINT_CONFIG, today: '2025-03-02', threads: 1 });
    expect(without.findings.filter((finding) => finding.ruleId === 'material-change-undocumented')).toEqual([]);
  });

  it('is the same when Astro runs on its own, with `site.versions` in the configuration', () => {
    const withNewPurpose = original.replace(
      'purposes:\n  items:\n',
      'purposes:\n  items:\n    - id: uutiskirje\n      description:\n        fi: Uutiskirje\n        en: Newsletter\n',
    );
    const workspace = repository([
      { date: '2025-01-31', text: original },
      { date: '2025-03-01', text: withNewPurpose },
    ]);
    writeFileSync(join(workspace, 'seloste.config.yaml'), 'site:\n  versions: commits\n');
    const { site, findings } = loadSite({ cwd: workspace, paths: ['notices'] });
    expect(findings.map((finding) => finding.ruleId)).toContain('material-change-undocumented');
    expect(JSON.stringify(site?.notices[0])).toContain('2025-01-31');
  });
});
