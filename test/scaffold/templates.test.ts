import { describe, expect, it } from 'vitest';
import { lintNotices, rules, type LintConfig } from '../../src/lint/index.ts';
import type { Notice, OrganisationDocument } from '../../src/model/index.ts';
import { noticeRecord } from '../../src/export/record.ts';
import { noticeTemplate, organisationTemplate, schemaSections, TO_BE_FILLED_IN, type PlainData } from '../../src/scaffold/index.ts';
import { loadTexts, minimal, validNotice } from '../helpers/in-memory.ts';
import { renderDocument } from '../helpers/render.ts';

const recommended: LintConfig = { preset: 'recommended', rules: {}, strict: false };

/** The minimal fixture's organisation, as `seloste new` reads it. */
const organisation = loadTexts(minimal.notice).organisations[0]?.document as OrganisationDocument;

function newNotice(overrides: Partial<Parameters<typeof noticeTemplate>[0]> = {}): string {
  return noticeTemplate({ id: 'uusi', organisationId: 'esimerkki', organisation, languages: ['fi', 'en'], schemaFolder: '../../schemas', ...overrides });
}

/** The lines a YAML text holds in force: neither comments nor blank lines. */
function liveLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}

describe('a new notice (seloste new <organisation>/<notice-id>)', () => {
  const text = newNotice();

  it('is valid as written, with the organisation’s one entity as its controller', () => {
    const notice = validNotice(text);
    expect(notice.id).toBe('uusi');
    expect(notice.languages).toEqual(['fi', 'en']);
    expect(notice.controllerEntries.map((entry) => entry.entity?.id)).toEqual(['esimerkki-oy']);
  });

  it('says nothing else in force: every other section not stated, with a note that is never published', () => {
    const sections = schemaSections('notice').filter((section) => section.notStatable && !['controllers', 'legalBasis', 'provision'].includes(section.key));
    expect(sections.length).toBeGreaterThan(10);
    for (const { key } of sections) expect(text, key).toContain(`\n${key}:\n  notStated: {note: "${TO_BE_FILLED_IN}"}\n`);
    expect(liveLines(text).filter((line) => !line.startsWith('  notStated:') && !/^[a-zA-Z]+:$/u.test(line))).toEqual([
      'id: uusi',
      'organisation: esimerkki',
      'languages: [fi, en]',
      '  entities: [esimerkki-oy]',
    ]);
  });

  it('publishes no example: the page holds none of their texts, and the record says not stated', () => {
    const notice = validNotice(text);
    const { text: page } = renderDocument(notice, 'en');
    expect(text).toContain('#         en: Managing the customer relationship and delivering orders');
    expect(page).not.toContain('Managing the customer relationship');
    expect(page).not.toContain(TO_BE_FILLED_IN);
    const record = JSON.stringify(noticeRecord(notice));
    expect(record).not.toContain('asiakassuhde');
    expect(record).toContain('not-stated');
  });

  it('leaves lint a gap to report, with its article, for each section the law asks for', () => {
    const findings = lintNotices([validNotice(text) as Notice], rules, recommended, '2026-01-15');
    const ids = findings.map((finding) => finding.ruleId);
    for (const rule of [
      'purposes-stated',
      'data-categories-stated',
      'recipients-stated',
      'retention-stated',
      'rights-stated',
      'transfers-stated',
      'automated-decisions-stated',
      'complaint-right',
      'last-updated',
    ])
      expect(ids).toContain(rule);
    expect(findings.every((finding) => /GDPR|Art\./u.test(finding.message))).toBe(true);
  });

  it('comments each section with what the law asks, and an example in the notice’s languages', () => {
    expect(text).toContain('# purposes: Why the data are processed: each purpose with its own legal basis (GDPR Art. 13(1)(c),');
    const swedish = newNotice({ languages: ['sv', 'fi'] });
    expect(swedish).toContain(
      '#     - id: asiakassuhde\n#       description:\n#         sv: "…"\n#         fi: Asiakassuhteen hoitaminen ja tilausten toimittaminen\n',
    );
    expect(swedish).not.toMatch(/^# +en: /mu);
    expect(swedish).toContain('languages: [sv, fi]');
  });

  it('becomes a valid notice when every example is uncommented in place of its section', () => {
    const filled = text
      .split('\n\n')
      .map((block) => {
        const lines = block.split('\n');
        const example = lines.findIndex((line) => line === '# Example:');
        if (example === -1 || block.startsWith('# contacts')) return block;
        return lines
          .slice(example + 1)
          .filter((line) => line.startsWith('# '))
          .map((line) => line.slice(2))
          .join('\n');
      })
      .join('\n\n');
    const notice = validNotice(filled);
    expect(notice.document.purposes?.items?.[0]?.id).toBe('asiakassuhde');
  });

  it('names the entities to choose from when the organisation has several, stating no controller', () => {
    const organisationText = minimal.organisation.replace('entities:\n', 'entities:\n  - id: esimerkki-palvelut-oy\n    name: Esimerkki Palvelut Oy\n');
    const several = loadTexts(minimal.notice, organisationText).organisations[0]?.document as OrganisationDocument;
    const text = newNotice({ organisation: several });
    expect(text.replaceAll('\n# ', ' ')).toContain(
      "The organisation's entities are `esimerkki-palvelut-oy` (Esimerkki Palvelut Oy), `esimerkki-oy` (Esimerkki Oy): name those that are the controllers",
    );
    expect(text).toContain('controllers:\n  notStated: {note: "to be filled in: which of esimerkki-palvelut-oy, esimerkki-oy are the controllers"}');
    expect(validNotice(text, organisationText).controllerEntries).toEqual([]);
  });

  it('offers the organisation’s contact details as an example of a contact, commented out', () => {
    expect(text).toContain('# contacts:\n#   - topic: privacy\n#     email: info@esimerkki.fi\n');
  });
});

describe('a new organisation file (seloste new <organisation>)', () => {
  it('is valid, with the name in each language and one entity, the rest commented out', () => {
    const text = organisationTemplate({ id: 'esimerkki', name: 'Esimerkki Oy', languages: ['fi', 'en'], schemaFolder: '../../schemas' });
    const project = loadTexts(minimal.notice.replace('entities: [esimerkki-oy]', 'entities: [esimerkki]'), text);
    expect(project.diagnostics).toEqual([]);
    expect(project.organisations[0]?.document).toEqual({
      id: 'esimerkki',
      name: { fi: 'Esimerkki Oy', en: 'Esimerkki Oy' },
      entities: [{ id: 'esimerkki', name: 'Esimerkki Oy' }],
    });
    expect(text).toContain('#   designated: true');
    expect(text).toContain('    # businessId: 1234567-1');
  });

  it('keeps a business ID given, as written', () => {
    const text = organisationTemplate({ id: 'esimerkki', name: 'Esimerkki Oy', languages: ['fi'], businessId: '1234567-1', schemaFolder: '../../schemas' });
    expect(text).toContain('entities:\n  - id: esimerkki\n    name: Esimerkki Oy\n    businessId: 1234567-1\n');
  });
});

describe('the schemas’ examples, which the templates and docs/reference/ show', () => {
  it('give every section of a notice and an organisation an example', () => {
    const without = [...schemaSections('notice'), ...schemaSections('organisation')]
      .filter((section) => section.example === undefined)
      .map((section) => section.key);
    expect(without).toEqual(['original', 'unplaced']);
  });

  it('make a valid notice and organisation together', () => {
    const example = (kind: 'notice' | 'organisation'): Record<string, PlainData> =>
      Object.fromEntries(schemaSections(kind).flatMap((section) => (section.example === undefined ? [] : [[section.key, section.example]])));
    // JSON is YAML: the examples go through the same reading as any file
    const project = loadTexts(JSON.stringify(example('notice')), JSON.stringify(example('organisation')));
    expect(project.diagnostics).toEqual([]);
    expect(project.notices[0]?.id).toBe('asiakasrekisteri');
  });
});
