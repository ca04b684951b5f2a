import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotices } from '../../src/node/index.ts';
import { runCli } from '../helpers/cli.ts';
import { fromRoot, seedNotice, seedOriginal } from '../helpers/paths.ts';
import { normalise, renderDocument, visibleText } from '../helpers/render.ts';
import { toHtml } from '../../src/render/index.ts';

/** The page section each numbered heading of the original belongs in (the register's name is in the page's header). */
const SECTION_OF_HEADING: Readonly<Record<string, string>> = {
  '1. Tietosuojalainsäädännön mukainen Rekisterinpitäjä:': 'controller',
  '2. Yhteystiedot': 'controller',
  '3. Rekisterin nimi': 'header',
  '4. Henkilötietojen käyttötarkoitus ja peruste': 'purposes',
  '5. Rekisterin tietosisältö ja henkilötietoryhmät': 'data',
  '6. Säännönmukaiset tietolähteet': 'sources',
  '7. Henkilötietojen säännönmukaiset luovutukset': 'recipients',
  '7. Säännönmukaiset tietojen luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle': 'transfers',
  '8. Rekisterin suojauksen periaatteet': 'security',
  '8. Tietojen säilytysaika': 'retention',
  '9. Automaattinen päätöksenteko ja profilointi': 'automated',
  '10. Rekisteröidyn oikeudet': 'rights',
  '11. Tietosuojaselosteen muuttaminen': 'changes',
};

/** Lines of the original that the page words its own way (the document kind, a label seloste prints itself). */
const REWORDED: Readonly<Record<string, string>> = {
  TIETOSUOJASELOSTE: 'Tietosuojaseloste',
  'puh. 044 701 2176': '044 701 2176',
  'Puhelin: 02 621 2050': '02 621 2050',
  'käyntiosoite: Radanvarsi 2, Pori': 'Radanvarsi 2, Pori',
};

/** The original's lines, bullets without their `·`, each with the heading it stands under. */
function originalLines(): { line: string; heading: string | undefined }[] {
  let heading: string | undefined;
  return readFileSync(fromRoot(seedOriginal), 'utf8')
    .split('\n')
    .map((line) => normalise(line.replace(/^·\s*/u, '')))
    .filter((line) => line !== '')
    .flatMap((line) => {
      if (SECTION_OF_HEADING[line] !== undefined) {
        heading = line;
        return [];
      }
      return [{ line, heading }];
    });
}

async function importSeed(organisation?: string) {
  const folder = mkdtempSync(join(tmpdir(), 'seloste-import-seed-'));
  if (organisation !== undefined) cpSync(fromRoot(organisation), join(folder, 'notices/pori-energia/organisation.yaml'), { recursive: true });
  const run = await runCli(
    ['import', fromRoot(seedOriginal), '--lang', 'fi', '--organisation', 'pori-energia', '--out', 'notices/pori-energia/markkinointi.yaml', '--format', 'json'],
    folder,
  );
  return { folder, run, report: JSON.parse(run.stdout) as { findings: { ruleId: string }[]; unplaced: unknown[] } };
}

describe('seloste import of the seed’s original text', () => {
  it('gives a draft whose Finnish page has every paragraph and bullet of the original, in the right section', async () => {
    const { folder, run } = await importSeed();
    expect(run.code).toBe(0);
    const project = loadNotices(['notices'], { cwd: folder });
    expect(project.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const notice = project.notices[0];
    if (notice === undefined) throw new Error('no notice');
    const page = renderDocument(notice, 'fi');
    const sectionText = new Map(page.rendered.sections.map((section) => [section.key, visibleText(toHtml({ type: 'root', children: section.content }))]));
    const header = page.text.slice(0, page.text.indexOf(page.rendered.summaryTitle));
    const misplaced = originalLines().filter(({ line, heading }) => {
      const expected = REWORDED[line] ?? line;
      const key = heading === undefined ? 'header' : (SECTION_OF_HEADING[heading] ?? '');
      if (heading === '11. Tietosuojaselosteen muuttaminen' && line.startsWith('Päivitetty')) return !header.includes(line);
      const where = key === 'header' ? header : (sectionText.get(key) ?? '');
      return !where.toLowerCase().includes(expected.toLowerCase());
    });
    expect(misplaced).toEqual([]);
  });

  it('gives lint findings on the same topics as the hand-written seed', async () => {
    const { report } = await importSeed();
    const seedFolder = mkdtempSync(join(tmpdir(), 'seloste-seed-'));
    cpSync(fromRoot('notices/pori-energia'), join(seedFolder, 'notices/pori-energia'), { recursive: true });
    const seed = await runCli(['lint', 'notices', '--format', 'json'], seedFolder);
    const handWritten = new Set((JSON.parse(seed.stdout) as { ruleId: string }[]).map((finding) => finding.ruleId));
    const imported = new Set(report.findings.map((finding) => finding.ruleId));
    expect(handWritten.size).toBeGreaterThan(10);
    expect([...handWritten].filter((rule) => !imported.has(rule))).toEqual([]);
    expect([...imported].filter((rule) => !handWritten.has(rule))).toEqual([]);
    expect(report.unplaced).toEqual([]);
  });

  it('names the entities of an organisation file that is there already, and leaves the file as it was', async () => {
    const { folder, run } = await importSeed('notices/pori-energia/organisation.yaml');
    expect(run.code).toBe(0);
    expect(readFileSync(join(folder, 'notices/pori-energia/organisation.yaml'), 'utf8')).toBe(
      readFileSync(fromRoot('notices/pori-energia/organisation.yaml'), 'utf8'),
    );
    expect(readFileSync(join(folder, 'notices/pori-energia/markkinointi.yaml'), 'utf8')).toContain('entities: [pori-energia-oy, pori-energia-sahkoverkot-oy]');
    expect(seedNotice).toContain('pori-energia');
  });
});
