import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('a notice started with seloste new, filled in and published', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'seloste-new-'));
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('validates, builds, and shows what was written and nothing else', async () => {
    expect((await runCli(['new', 'esimerkki', '--name', 'Esimerkki Oy', '--business-id', '1234567-1'], workspace)).code).toBe(0);
    expect((await runCli(['new', 'esimerkki/asiakasrekisteri'], workspace)).code).toBe(0);
    const file = join(workspace, 'notices/esimerkki/asiakasrekisteri.yaml');
    const template = readFileSync(file, 'utf8');

    // three fields filled in, as an author would: the date, the register's name, the purposes
    const filled = template
      .replace('# lastUpdated: 2025-01-31', 'lastUpdated: 2025-03-01')
      .replace(
        "# register:\n#   name:\n#     fi: Esimerkki Oy:n asiakasrekisteri\n#     en: Esimerkki Oy's customer register",
        'register:\n  name:\n    fi: Kanta-asiakasrekisteri\n    en: Loyalty programme register',
      )
      .replace(
        'purposes:\n  notStated: {note: "to be filled in"}',
        'purposes:\n  items:\n    - id: kanta-asiakkuus\n      description:\n        fi: Kanta-asiakasedut\n        en: Loyalty programme benefits\n      legalBasis:\n        basis: contract',
      );
    expect(filled.match(/^(lastUpdated|register|purposes):/gmu)).toEqual(['lastUpdated:', 'register:', 'purposes:']);
    writeFileSync(file, filled);

    expect(await runCli(['validate'], workspace)).toMatchObject({ code: 0 });
    const lint = await runCli(['lint'], workspace);
    expect(lint.stderr).toContain('[retention-stated]');
    expect(lint.stderr).not.toContain('[purposes-stated]');

    const out = join(workspace, 'site');
    const build = await runCli(['build', '--out', out], workspace);
    expect(build.stderr).toMatch(/^Built site\/ in \d+\.\d s: /mu);
    expect(build.code).toBe(0);
    const page = readFileSync(join(out, 'en/asiakasrekisteri/index.html'), 'utf8');
    expect(page).toContain('Loyalty programme register');
    expect(page).toContain('Loyalty programme benefits');
    expect(page).toContain('Esimerkki Oy');
    for (const example of ['customer relationship', 'accounting firm', 'to be filled in', 'esimerkki.example.fi']) expect(page, example).not.toContain(example);
  });
});
