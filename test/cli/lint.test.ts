import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { lineOf } from '../helpers/lines.ts';
import { fromRoot, root, seedNotice } from '../helpers/paths.ts';
import { inMinimalProject } from './minimal-project.ts';

describe('seloste lint', () => {
  it('prints findings as file:line:col: severity: message [rule-id], grouped by file, then a summary, and exits 1 on errors', async () => {
    const result = await runCli(['lint'], root);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^notices\/pori-energia\/markkinointi-ja-viestinta\.yaml:\d+:\d+: error: .* \[joint-controller-arrangement\]$/u);
    const blank = lines.indexOf('');
    expect(lines[blank + 1]).toMatch(/^notices\/pori-energia\/organisation\.yaml:7:1: warning: .* \[dpo-stated\]$/u);
    expect(lines.at(-1)).toMatch(/^\d+ errors, \d+ warnings and \d+ notes in 2 files$/u);
  });

  it('exits 0 on a clean notice', async () => {
    expect(await runCli(['lint', 'test/fixtures/exemplary'], root)).toMatchObject({ code: 0, stderr: 'No problems in 1 notice\n' });
  });

  it('prints JSON like validate does', async () => {
    const result = await runCli(['lint', '--format', 'json'], root);
    const findings = JSON.parse(result.stdout) as { ruleId: string; line: number; severity: string }[];
    const line = lineOf(readFileSync(fromRoot(seedNotice), 'utf8'), 'outsideEea: possible');
    expect(findings.find((finding) => finding.ruleId === 'transfer-details')).toMatchObject({ severity: 'error', line, column: 15, file: seedNotice });
  });

  it('prints SARIF 2.1.0 with the rules’ documentation as help', async () => {
    const result = await runCli(['lint', '--format', 'sarif'], root);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const rule = sarif.runs[0].tool.driver.rules.find((candidate: { id: string }) => candidate.id === 'hetu-ground');
    expect(rule.help.markdown).toContain('# `hetu-ground`');
    expect(sarif.runs[0].results.length).toBeGreaterThan(20);
  });

  it('locates files in SARIF relative to the working directory, and files outside it by file:// URL', async () => {
    const inside = JSON.parse((await runCli(['lint', '--format', 'sarif', 'notices'], root)).stdout);
    expect(inside.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(root).href } });
    expect(inside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'notices/pori-energia/markkinointi-ja-viestinta.yaml',
      uriBaseId: '%SRCROOT%',
    });

    const elsewhere = mkdtempSync(join(tmpdir(), 'seloste-sarif-'));
    try {
      const outside = JSON.parse((await runCli(['lint', '--format', 'sarif', fromRoot('notices')], elsewhere)).stdout);
      expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
        uri: pathToFileURL(fromRoot('notices/pori-energia/markkinointi-ja-viestinta.yaml')).href,
      });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('warns, without failing, when the paths hold organisation files but no notice', async () => {
    const result = await runCli(['lint', 'test/fixtures/minimal/organisation.yaml'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'No problems in 0 notices\nwarning: No notices in test/fixtures/minimal/organisation.yaml: only organisation files were found. Give the folder of your notices (notices/ by default) or a notice file.\n',
    );
  });

  it('reports invalid notices as validate does, without linting them', async () => {
    const result = await runCli(['lint', 'test/fixtures/invalid/unknown-enum-value.yaml'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[invalid-value]');
    expect(result.stderr).not.toContain('[provision-stated]');
  });

  it('follows seloste.config.yaml: rule levels and preset, with positions for mistakes in it', async () => {
    const project = mkdtempSync(join(tmpdir(), 'seloste-config-'));
    try {
      writeFileSync(join(project, 'seloste.config.yaml'), 'lint:\n  rules:\n    recipients-named: off\n    dpo-stated: error\n');
      const configured = await runCli(['lint', join(root, 'notices'), '--format', 'json'], project);
      const findings = JSON.parse(configured.stdout) as { ruleId: string; severity: string }[];
      expect(findings.some((finding) => finding.ruleId === 'recipients-named')).toBe(false);
      expect(findings.find((finding) => finding.ruleId === 'dpo-stated')?.severity).toBe('error');

      writeFileSync(join(project, 'seloste.config.yaml'), 'lint:\n  rules:\n    recipient-named: off\n');
      const mistaken = await runCli(['lint', join(root, 'test/fixtures/exemplary')], project);
      expect(mistaken.code).toBe(1);
      expect(mistaken.stderr).toContain('seloste.config.yaml:3:5: error:');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('describes in SARIF what a problem that is not a rule’s is: a seloste-disable comment, or the configuration', async () => {
    const project = mkdtempSync(join(tmpdir(), 'seloste-sarif-'));
    try {
      writeFileSync(join(project, 'seloste.config.yaml'), 'lint:\n  rules:\n    recipient-named: off\n');
      writeFileSync(
        join(project, 'organisation.yaml'),
        `# seloste-disable dpo-stated\n${readFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), 'utf8')}`,
      );
      copyFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), join(project, 'asiakasrekisteri.yaml'));
      const sarif = JSON.parse((await runCli(['lint', '--format', 'sarif', '.'], project)).stdout);
      const descriptions = Object.fromEntries(
        sarif.runs[0].tool.driver.rules.map((rule: { id: string; shortDescription: { text: string } }) => [rule.id, rule.shortDescription.text]),
      );
      expect(descriptions['lint-directive']).toBe('A seloste-disable comment that names no rule or an unknown one, gives no reason, or silences nothing');
      expect(descriptions['unknown-property']).toBe(
        'Validation problem unknown-property in a notice, organisation or configuration file (its YAML, schema or references), found before linting; docs/validation.md explains each',
      );
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('rejects an unknown format or preset as a usage error', async () => {
    expect((await runCli(['lint', '--format', 'xml'], root)).code).toBe(2);
    expect((await runCli(['lint', '--preset', 'lenient'], root)).code).toBe(2);
  });
});

describe('seloste lint on the Finnish calendar', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  /** Runs `seloste lint` at `instant` (SELOSTE_TODAY unset unless a test sets it). */
  function at(instant: string): void {
    vi.stubEnv('SELOSTE_TODAY', undefined);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(instant) });
  }

  /** The `last-updated` findings of the minimal notice dated `date`. */
  async function lastUpdatedFindings(date: string): Promise<string[]> {
    const result = await inMinimalProject(
      (notice) => notice.replace(/^lastUpdated: .*$/mu, `lastUpdated: ${date}`),
      (folder) => runCli(['lint', '--format', 'json', '.'], folder),
    );
    const findings = JSON.parse(result.stdout) as { ruleId: string; message: string }[];
    return findings.filter((finding) => finding.ruleId === 'last-updated').map((finding) => finding.message);
  }

  it('accepts a notice dated today in Helsinki just after midnight there, when it is still yesterday in UTC', async () => {
    at('2025-03-09T22:30:00Z'); // 00:30 on 10 March in Helsinki (UTC+2)
    expect(await lastUpdatedFindings('2025-03-10')).toEqual([]);
    at('2025-06-30T21:30:00Z'); // 00:30 on 1 July in Helsinki (summer time, UTC+3)
    expect(await lastUpdatedFindings('2025-07-01')).toEqual([]);
  });

  it('still reports a notice dated tomorrow in Helsinki', async () => {
    at('2025-03-09T22:30:00Z');
    expect(await lastUpdatedFindings('2025-03-11')).toEqual([expect.stringContaining('after today (2025-03-10)')]);
  });

  it('takes today from SELOSTE_TODAY when it is set', async () => {
    at('2025-03-09T22:30:00Z');
    vi.stubEnv('SELOSTE_TODAY', '2025-03-12');
    expect(await lastUpdatedFindings('2025-03-13')).toEqual([expect.stringContaining('after today (2025-03-12)')]);
  });

  it.each(['garbage', '2025-1-5', '2025-02-30'])('refuses SELOSTE_TODAY=%s as a usage error', async (value) => {
    vi.stubEnv('SELOSTE_TODAY', value);
    expect(await runCli(['lint', 'test/fixtures/minimal'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `seloste lint: Unexpected SELOSTE_TODAY "${value}"; give a date as YYYY-MM-DD, such as 2025-01-31, or unset it. See \`seloste lint --help\`.\n`,
    });
  });
});
