import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { root } from '../helpers/paths.ts';

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
    expect(findings.find((finding) => finding.ruleId === 'transfer-details')).toMatchObject({ severity: 'error', line: 363, column: 15, file: 'notices/pori-energia/markkinointi-ja-viestinta.yaml' });
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

  it('rejects an unknown format or preset as a usage error', async () => {
    expect((await runCli(['lint', '--format', 'xml'], root)).code).toBe(2);
    expect((await runCli(['lint', '--preset', 'lenient'], root)).code).toBe(2);
  });
});
