import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/main.ts';
import { runCli } from '../helpers/cli.ts';
import { root } from '../helpers/paths.ts';
import { inMinimalProject } from './minimal-project.ts';

describe('seloste validate', () => {
  it('accepts notices/ by default with exit 0 and a summary', async () => {
    const result = await runCli(['validate'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('2 files valid: 1 notice, 1 organisation\n');
    expect(result.stdout).toBe('');
  });

  it('prints each problem as file:line:col with its rule id, then a summary, and exits 1', async () => {
    const result = await runCli(['validate', 'test/fixtures/invalid/unknown-enum-value.yaml', 'test/fixtures/invalid/wrong-type.yaml'], root);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^test\/fixtures\/invalid\/unknown-enum-value\.yaml:19:16: error: Unexpected value `contracts` for `basis`; did you mean `contract`\?.* \[invalid-value\]$/u,
    );
    expect(lines).toContain('');
    // both notices have a problem; their organisation.yaml, read with them, has none
    expect(lines.at(-1)).toBe('2 errors and 0 warnings in 2 of 3 files');
  });

  it('prints diagnostics as a JSON array with --format json', async () => {
    const result = await runCli(['validate', '--format', 'json', 'test/fixtures/invalid/unknown-reference.yaml'], root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: 'test/fixtures/invalid/unknown-reference.yaml',
        line: 20,
        column: 24,
        endLine: 20,
        endColumn: 35,
        severity: 'error',
        ruleId: 'unknown-reference',
        message: 'Unknown data category `yhteystieto`; did you mean `yhteystiedot`? Expected `yhteystiedot`',
        pointer: '/purposes/items/0/dataCategories/0',
      },
    ]);
  });

  it('treats a missing path, an unknown option and a bad format as usage errors (exit 2)', async () => {
    expect(await runCli(['validate', 'no/such/dir'], root)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('No such file or directory: no/such/dir'),
    });
    expect(await runCli(['validate', '--bogus'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--bogus'") });
    expect(await runCli(['validate', '--format', 'xml'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('expected text, json') });
    expect(await runCli(['validate', 'docs'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('No YAML files in docs') });
    expect(await runCli(['validate', 'README.md'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('README.md is not a YAML file') });
  });

  it('refuses a language seloste has no standard texts for, as build does', async () => {
    const result = await inMinimalProject(
      (notice) => notice.replace('languages: [fi, en]', 'languages: [fi, de]').replaceAll('  en: ', '  de: '),
      (folder) => runCli(['validate', '.'], folder),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('asiakasrekisteri.yaml:4:17: error: Unsupported language `de`: seloste has standard texts for `en`, `fi` and `sv`');
  });

  it('does not read the project’s seloste.config.yaml as a notice when given the project folder', async () => {
    const result = await inMinimalProject(
      (notice) => notice,
      async (folder) => {
        writeFileSync(join(folder, 'seloste.config.yaml'), 'site:\n  url: https://tietosuoja.esimerkki.fi/\n');
        return runCli(['validate', '.'], folder);
      },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('2 files valid: 1 notice, 1 organisation\n');
  });

  it('warns, without failing, when the paths hold organisation files but no notice', async () => {
    const result = await runCli(['validate', 'test/fixtures/minimal/organisation.yaml'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      '1 file valid: 0 notices, 1 organisation\nwarning: No notices in test/fixtures/minimal/organisation.yaml: only organisation files were found. Give the folder of your notices (notices/ by default) or a notice file.\n',
    );
  });

  it('explains itself with --help', async () => {
    const result = await runCli(['validate', '--help'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: seloste validate [paths…] [--format text|json]');
    expect(result.stdout).toContain('Exit codes: 0 all files valid, 1 a file is invalid, 2 usage error.');
    expect(result.stdout).toContain('Missing translations are not checked here, nor what the GDPR asks a notice\nto say: `seloste lint` reports both');
  });
});

describe('the seloste command', () => {
  it('lists its commands with --help', async () => {
    const result = await runCli(['--help'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: seloste <command> \[options\]/u);
    expect(result.stdout).toMatch(/validate \[paths…\]/u);
    expect(result.stdout).toContain("-v, --version  print seloste's version");
    expect(result.stdout).toContain('To write a notice, start it with `seloste new <organisation>/<notice-id>`');
    expect(result.stdout).toContain('`seloste <command> --help` shows the help of\n                 one command\n');
    expect(result.stdout).toContain('Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error');
  });

  it('prints its version with --version', async () => {
    expect(await runCli(['--version'], root)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^seloste \d+\.\d+\.\d+/u) });
  });

  it('rejects an unknown command with exit 2', async () => {
    expect(await runCli(['valdate'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "valdate"') });
  });

  it('lists each command as the command’s own --help starts', async () => {
    const main = (await runCli(['--help'], root)).stdout;
    for (const name of Object.keys(commands)) {
      const help = (await runCli([name, '--help'], root)).stdout;
      const usage = /^Usage: seloste (.+)$/mu.exec(help)?.[1];
      expect(help.startsWith(`Usage: seloste ${name} `), name).toBe(true);
      expect(main, name).toContain(`\n  ${usage}\n`);
    }
    expect(main).toContain('  build [paths…] [--out <dir>] [--site <url>] [--strict] [--allow-empty] [--fresh]\n');
  });

  it('shows a command’s help with `seloste help <command>`, and refuses an unknown one as a usage error', async () => {
    expect(await runCli(['help', 'record'], root)).toEqual(await runCli(['record', '--help'], root));
    expect(await runCli(['help', 'nope'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `seloste: unknown command "nope"; expected one of ${Object.keys(commands).join(', ')}. See \`seloste --help\`.\n`,
    });
  });

  it('prints its help on standard error when called without a command, a usage error', async () => {
    const result = await runCli([], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe((await runCli(['--help'], root)).stdout);
  });

  it('takes --help after -- as a path, not as a request for help', async () => {
    expect(await runCli(['validate', '--', '--help'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'seloste validate: No such file or directory: --help. See `seloste validate --help`.\n',
    });
  });

  it('runs as a real process without stack traces on bad input', () => {
    const child = spawnSync(process.execPath, ['bin/seloste.js', 'validate', 'test/fixtures/invalid'], { cwd: root, encoding: 'utf8' });
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/^test\/fixtures\/invalid\/alias-bomb\.yaml:\d+:\d+: error: /mu);
    expect(child.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/u);
    expect(child.stderr).not.toContain('Error:');
  });
});
