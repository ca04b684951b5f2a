import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, diffToJson, diffToMdast, formatDiffText, SIGNIFICANCES } from '../../src/diff/index.ts';
import type { NoticeDocument } from '../../src/model/index.ts';
import { toMarkdown } from '../../src/render/index.ts';
import { runCli } from '../helpers/cli.ts';
import { lineOf } from '../helpers/lines.ts';
import { fromRoot } from '../helpers/paths.ts';
import { diffOf, diffSchemaErrors, textsIn, versionTexts, type Edit } from './helpers.ts';

/** A new version with a change of each significance: a purpose and a longer retention (material), a recipient gone (minor), a reworded introduction (editorial). */
const edit: Edit = (n: NoticeDocument) => {
  n.purposes?.items?.push({
    id: 'kurssit',
    description: { fi: 'Kahvikurssien ilmoittautumiset', en: 'Registrations for coffee courses' },
    legalBasis: { basis: 'contract' },
  });
  (n.retention?.rules?.[1] as { period?: string }).period = 'P3Y';
  n.recipients = { none: true };
  n.introduction = { fi: n.introduction?.['fi'] ?? '', en: 'This notice tells how we process the personal data of our newsletter subscribers.' };
};
const newText = versionTexts(edit).notice;
const diff = diffOf(edit);

describe('a diff as text', () => {
  const text = formatDiffText(diff, textsIn('en'));

  it('starts like `git diff --stat`: the versions, each section with its changes, and a summary', () => {
    expect(text.split('\n').slice(0, 6)).toEqual([
      'uutiskirje: old/notice.yaml (2025-09-01) → new/notice.yaml (2025-09-01)',
      ' introduction | 1 .',
      ' purposes     | 1 !',
      ' recipients   | 1 ~',
      ' retention    | 1 !',
      ' 4 changes: 2 material, 1 minor, 1 editorial',
    ]);
  });

  it('then gives one line per change, where it is in the new version or, for what was removed, in the old', () => {
    expect(text).toContain(`new/notice.yaml:${lineOf(newText, '- id: kurssit')}:7: material: New purpose: Registrations for coffee courses [purpose-added]`);
    expect(text).toContain(
      `new/notice.yaml:${lineOf(newText, 'period: P3Y')}:15: material: Retention lengthened from 2 years to 3 years [retention-lengthened]`,
    );
    expect(text).toMatch(/^old\/notice\.yaml:\d+:7: minor: Recipient removed: Newsletter mailing service \[recipient-removed\]$/mu);
    expect(text).toContain(
      `new/notice.yaml:${lineOf(newText, 'en: This notice tells')}:7: editorial: Wording changed in “Introduction” in English [text-changed]`,
    );
  });

  it('shows the words of a text that changed, as git’s word diff does', () => {
    expect(text).toContain("    This notice [-explains-]{+tells+} how we process the personal data of our [-newsletter's-]{+newsletter+} subscribers.");
  });

  it('says it in Finnish when asked', () => {
    const finnish = formatDiffText(diff, textsIn('fi'));
    expect(finnish).toContain('material: Uusi käsittelyn tarkoitus: Kahvikurssien ilmoittautumiset [purpose-added]');
    expect(finnish).toContain('material: Säilytysaika piteni: ennen 2 vuotta, nyt 3 vuotta [retention-lengthened]');
    expect(finnish).toContain('minor: Vastaanottaja poistettu: Uutiskirjeen postituspalvelu [recipient-removed]');
  });

  it('says so when nothing changed', () => {
    expect(
      formatDiffText(
        diffOf(() => {}),
        textsIn('en'),
      ),
    ).toBe('uutiskirje: old/notice.yaml (2025-09-01) → new/notice.yaml (2025-09-01)\n 0 changes: 0 material, 0 minor, 0 editorial\n');
  });
});

describe('a diff as JSON', () => {
  it('is valid against schemas/diff.schema.json, in each language', () => {
    for (const locale of ['fi', 'en', 'sv']) expect(diffSchemaErrors(JSON.parse(JSON.stringify(diffToJson(diff, textsIn(locale)))))).toEqual([]);
    expect(
      diffSchemaErrors(
        JSON.parse(
          JSON.stringify(
            diffToJson(
              diffOf(() => {}),
              textsIn('en'),
            ),
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('holds the counts, each change with its places and values, and its sentence in the locale asked for', () => {
    const json = diffToJson(diff, textsIn('fi'));
    expect(json).toMatchObject({ schemaVersion: 1, notice: 'uutiskirje', locale: 'fi', counts: { material: 2, minor: 1, editorial: 1 } });
    expect(json.changes.find((change) => change.kind === 'retention-lengthened')).toMatchObject({
      significance: 'material',
      from: 'P2Y',
      to: 'P3Y',
      old: { pointer: '/retention/rules/1/period' },
      new: { pointer: '/retention/rules/1/period', line: lineOf(newText, 'period: P3Y') },
      message: 'Säilytysaika piteni: ennen 2 vuotta, nyt 3 vuotta',
    });
  });

  it('rejects what the schema does not allow, so that the test above means something', () => {
    const json = JSON.parse(JSON.stringify(diffToJson(diff, textsIn('en')))) as { changes: { kind: string }[] };
    (json.changes[0] as { kind: string }).kind = 'purpose-renamed';
    expect(diffSchemaErrors(json)).not.toEqual([]);
  });

  it('names every kind and significance the schema names, and no other', () => {
    const schema = JSON.parse(readFileSync(fromRoot('schemas/diff.schema.json'), 'utf8')) as {
      $defs: { change: { properties: { kind: { enum: string[] }; significance: { enum: string[] } } } };
    };
    expect(schema.$defs.change.properties.kind.enum).toEqual([...CHANGE_KINDS]);
    expect(schema.$defs.change.properties.significance.enum).toEqual([...SIGNIFICANCES]);
  });
});

describe('a diff as Markdown', () => {
  it('lists the changes by significance under the notice’s title, in English', () => {
    const markdown = toMarkdown(diffToMdast(diff, textsIn('en')));
    expect(markdown).toContain(
      '## Changes: Privacy notice for the newsletter\n\nPrevious version 1 September 2025, this version 1 September 2025\n\n### Material changes\n\n- New purpose: Registrations for coffee courses `new/notice.yaml:',
    );
    expect(markdown).toContain('### Minor changes\n\n- Recipient removed: Newsletter mailing service `old/notice.yaml:');
    expect(markdown).toContain('### Editorial changes\n\n- Wording changed in “Introduction” in English');
    expect(markdown).toContain(
      "Before: This notice **explains** how we process the personal data of our **newsletter's** subscribers.\\\n  Now: This notice **tells** how we process the personal data of our **newsletter** subscribers.",
    );
  });

  it('and in Finnish', () => {
    const markdown = toMarkdown(diffToMdast(diff, textsIn('fi')));
    expect(markdown).toContain(
      '## Muutokset: Uutiskirjeen tietosuojaseloste\n\nEdellinen versio 1.9.2025, tämä versio 1.9.2025\n\n### Olennaiset muutokset\n\n- Uusi käsittelyn tarkoitus: Kahvikurssien ilmoittautumiset',
    );
    expect(markdown).toContain('### Kielelliset muutokset\n\n- Sanamuoto muuttui kohdassa ”Johdanto” englanniksi');
    expect(markdown).toContain('Ennen: This notice **explains**');
  });

  it('says when nothing changed', () => {
    expect(
      toMarkdown(
        diffToMdast(
          diffOf(() => {}),
          textsIn('en'),
        ),
      ),
    ).toContain('No changes.');
  });
});

describe('seloste diff on two files', () => {
  const folder = mkdtempSync(join(tmpdir(), 'seloste-diff-'));
  for (const [name, texts] of [
    ['old', versionTexts()],
    ['new', versionTexts(edit)],
  ] as const) {
    mkdirSync(join(folder, name));
    writeFileSync(join(folder, name, 'organisation.yaml'), texts.organisation);
    writeFileSync(join(folder, name, 'uutiskirje.yaml'), texts.notice);
  }

  it('prints the changes as text, JSON or Markdown, in the language asked for, and exits with 0', async () => {
    const text = await runCli(['diff', 'old/uutiskirje.yaml', 'new/uutiskirje.yaml'], folder);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain(
      `new/uutiskirje.yaml:${lineOf(newText, '- id: kurssit')}:7: material: New purpose: Registrations for coffee courses [purpose-added]`,
    );
    const json = await runCli(['diff', 'old/uutiskirje.yaml', 'new/uutiskirje.yaml', '--format', 'json', '--lang', 'sv'], folder);
    expect(diffSchemaErrors(JSON.parse(json.stdout))).toEqual([]);
    expect(json.stdout).toContain('"message": "Nytt ändamål: Kahvikurssien ilmoittautumiset"');
    const markdown = await runCli(['diff', 'old/uutiskirje.yaml', 'new/uutiskirje.yaml', '--format', 'md', '--lang', 'fi'], folder);
    expect(markdown.stdout).toContain('### Olennaiset muutokset');
  });

  it('exits with 1 when --fail-on finds a change that significant, and with 0 when it finds none', async () => {
    expect((await runCli(['diff', 'old/uutiskirje.yaml', 'new/uutiskirje.yaml', '--fail-on', 'material'], folder)).code).toBe(1);
    expect((await runCli(['diff', 'old/uutiskirje.yaml', 'old/uutiskirje.yaml', '--fail-on', 'editorial'], folder)).code).toBe(0);
  });

  it('refuses what it cannot compare, saying why', async () => {
    expect(await runCli(['diff', 'old/uutiskirje.yaml'], folder)).toMatchObject({ code: 2, stderr: expect.stringContaining('Expected two notice files') });
    expect(await runCli(['diff', 'old/uutiskirje.yaml', 'new/uutiskirje.yaml', '--fail-on', 'big'], folder)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('expected material, minor, editorial'),
    });
    expect(await runCli(['diff', 'old/uutiskirje.yaml', 'new/organisation.yaml'], folder)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is not a notice'),
    });
    writeFileSync(join(folder, 'broken.yaml'), 'id: broken\n');
    expect(await runCli(['diff', 'old/uutiskirje.yaml', 'broken.yaml'], folder)).toMatchObject({ code: 1, stderr: expect.stringContaining('broken.yaml') });
  });
});
