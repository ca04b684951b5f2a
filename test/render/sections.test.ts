import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/model/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { toHtml } from '../../src/render/index.ts';
import { fromRoot } from '../helpers/paths.ts';
import { renderDocument, visibleText } from '../helpers/render.ts';

const organisation = readFileSync(fromRoot('test/fixtures/minimal/organisation.yaml'), 'utf8');
const base = readFileSync(fromRoot('test/fixtures/minimal/asiakasrekisteri.yaml'), 'utf8');

/** The minimal notice with more YAML appended, and its organisation file changed as given. */
function notice(extra: string, organisationText = organisation): Notice {
  const project = loadProject([
    { file: 'a/organisation.yaml', text: organisationText },
    { file: 'a/notice.yaml', text: `${base}${extra}` },
  ]);
  expect(project.diagnostics).toEqual([]);
  return project.notices[0] as Notice;
}

/** The visible text of one numbered section of a notice's page. */
function section(loaded: Notice, locale: string, key: string): string {
  const page = renderDocument(loaded, locale);
  const found = page.rendered.sections.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no section ${key}`);
  return visibleText(toHtml({ type: 'root', children: found.content }));
}

const retention = `retention:
  rules:
    - appliesTo:
        purposes: [asiakassuhde]
        dataCategories: [yhteystiedot]
      period: P6Y
      law:
        fi: Kirjanpitolaki (1336/1997) 2 luku 10 §.
        en: Accounting Act (1336/1997), chapter 2, section 10.
`;

describe('a notice page', () => {
  it('says what a retention rule applies to before the rule, by name, and in the summary too', () => {
    const loaded = notice(retention);
    expect(section(loaded, 'fi', 'retention')).toBe('Koskee: Asiakassuhteen hoitaminen ja nimi ja yhteystiedot Säilytysaika on 6 vuotta. Säädösperuste: Kirjanpitolaki (1336/1997) 2 luku 10 §.');
    expect(section(loaded, 'en', 'retention')).toBe('Applies to: Managing the customer relationship and name and contact details Kept for 6 years. Set by law: Accounting Act (1336/1997), chapter 2, section 10.');
    expect(renderDocument(loaded, 'en').text).toContain('How long Managing the customer relationship and name and contact details: Kept for 6 years. Set by law:');
  });

  it('shows a purpose by its name in section 2, where the summary and retention rules name it', () => {
    const loaded = notice('');
    const named = loadProject([
      { file: 'a/organisation.yaml', text: organisation },
      { file: 'a/notice.yaml', text: base.replace('    - id: asiakassuhde\n', '    - id: asiakassuhde\n      name:\n        fi: Asiakassuhde\n        en: Customer relationship\n') },
    ]).notices[0] as Notice;
    expect(section(named, 'en', 'purposes')).toMatch(/^Customer relationship Managing the customer relationship Legal basis: contract/u);
    expect(section(loaded, 'en', 'purposes')).toMatch(/^Managing the customer relationship Legal basis: contract/u);
  });

  it('calls a notice-wide legal basis "for all purposes" only when no purpose states its own', () => {
    const shared = notice('legalBasis:\n  basis: legitimate-interests\n  legitimateInterest: { fi: asiakasviestintä, en: customer communication }\n');
    expect(section(shared, 'en', 'purposes')).toContain('Legal basis for the purposes that state none of their own: legitimate interests');
    const all = loadProject([
      { file: 'a/organisation.yaml', text: organisation },
      { file: 'a/notice.yaml', text: `${base.replace('      legalBasis:\n        basis: contract\n', '')}legalBasis:\n  basis: contract\n` },
    ]).notices[0] as Notice;
    expect(section(all, 'en', 'purposes')).toContain('Legal basis stated for all purposes: contract');
  });

  it('states whether data leave the EU/EEA even where the notice describes transfers in its own words', () => {
    const loaded = notice('transfers:\n  outsideEea: none\n  description:\n    fi: Käytämme vain kotimaisia palveluja.\n    en: We use only Finnish services.\n');
    expect(section(loaded, 'en', 'transfers')).toBe('The data are not transferred outside the EU or the EEA. We use only Finnish services.');
  });

  it('shows a contact person\'s role in the page\'s language, and marks an untranslated one with its language', () => {
    const loaded = notice('contacts:\n  - topic: privacy\n    role:\n      fi: Tietosuojavastaava\n      en: Data protection officer\n    name: Maija Meikäläinen\n    email: tietosuoja@esimerkki.fi\n');
    expect(section(loaded, 'en', 'controller')).toContain('About data protection: Data protection officer, Maija Meikäläinen E-mail: tietosuoja@esimerkki.fi');
    expect(section(loaded, 'fi', 'controller')).toContain('Tietosuojavastaava, Maija Meikäläinen');
    const untranslated = notice('', organisation.replace('contact:\n', 'dpo:\n  designated: true\n  role:\n    fi: Tietosuojavastaava\n  contact:\n    email: dpo@esimerkki.fi\ncontact:\n'));
    const page = renderDocument(untranslated, 'en');
    expect(page.html).toContain('<span lang="fi">Tietosuojavastaava</span> <em>(This text is not available in English; it is shown in Finnish.)</em>');
    expect(page.rendered.diagnostics).toEqual([expect.objectContaining({ file: 'a/organisation.yaml', ruleId: 'missing-translation' })]);
  });
});
