import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LINT_CONFIG } from '../../src/lint/index.ts';
import { loadProjectConfig } from '../../src/node/load-config.ts';

const folders: string[] = [];
function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'seloste-config-'));
  folders.push(made);
  return made;
}
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

describe('seloste.config.yaml', () => {
  it.each([
    ['empty', ''],
    ['only comments', '# site:\n#   url: https://www.example.fi/\n'],
  ])('that is %s means the defaults', (_, text) => {
    const cwd = folder();
    writeFileSync(join(cwd, 'seloste.config.yaml'), text);
    expect(loadProjectConfig(cwd)).toEqual({ config: { lint: DEFAULT_LINT_CONFIG }, diagnostics: [] });
  });

  it('that is a folder is a problem with the file, not an internal error', () => {
    const cwd = folder();
    mkdirSync(join(cwd, 'seloste.config.yaml'));
    const { diagnostics } = loadProjectConfig(cwd);
    expect(diagnostics).toMatchObject([{ ruleId: 'not-a-file', file: 'seloste.config.yaml', message: expect.stringContaining('is a folder') }]);
  });

  it('that is a named pipe is refused at once instead of waiting for a writer', () => {
    const cwd = folder();
    execFileSync('mkfifo', [join(cwd, 'seloste.config.yaml')]);
    const { diagnostics } = loadProjectConfig(cwd);
    expect(diagnostics).toMatchObject([{ ruleId: 'not-a-file', message: expect.stringContaining('is a named pipe') }]);
  });
});
