import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/model/index.ts';
import { toHtml } from '../../src/render/index.ts';
import { minimal, validNotice } from '../helpers/in-memory.ts';
import { renderDocument, visibleText } from '../helpers/render.ts';

const { organisation, notice: base } = minimal;

/** The minimal notice (or `noticeText`) with more YAML appended, and its organisation file changed as given. */
function notice(extra: string, organisationText = organisation, noticeText = base): Notice {
  return validNotice(`${noticeText}${extra}`, organisationText);
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
        number: 1336/1997
        section: 2 luku 10 §
`;

describe('a notice page', () => {
  it('says what a retention rule applies to before the rule, by name, and in the summary too', () => {
    const loaded = notice(retention);
    expect(section(loaded, 'fi', 'retention')).toBe(
      'Koskee: Asiakassuhteen hoitaminen ja nimi ja yhteystiedot Säilytysaika on 6 vuotta. Säädösperuste: kirjanpitolaki (1336/1997) 2 luku 10 §.',
    );
    expect(section(loaded, 'en', 'retention')).toBe(
      'Applies to: Managing the customer relationship and name and contact details Kept for 6 years. Set by law: Accounting Act (1336/1997), chapter 2, section 10.',
    );
    expect(renderDocument(loaded, 'en').text).toContain(
      'How long the data are kept Managing the customer relationship and name and contact details: Kept for 6 years. Set by law:',
    );
  });

  it('shows a purpose by its name in section 2, where the summary and retention rules name it', () => {
    const loaded = notice('');
    const named = validNotice(
      base.replace('    - id: asiakassuhde\n', '    - id: asiakassuhde\n      name:\n        fi: Asiakassuhde\n        en: Customer relationship\n'),
    );
    expect(section(named, 'en', 'purposes')).toMatch(/^Customer relationship Managing the customer relationship Legal basis: contract/u);
    expect(section(loaded, 'en', 'purposes')).toMatch(/^Managing the customer relationship Legal basis: contract/u);
  });

  it('calls a notice-wide legal basis "for all purposes" only when no purpose states its own', () => {
    const shared = notice('legalBasis:\n  basis: legitimate-interests\n  legitimateInterest: { fi: asiakasviestintä, en: customer communication }\n');
    expect(section(shared, 'en', 'purposes')).toContain('Legal basis for the other purposes: legitimate interests');
    const all = validNotice(`${base.replace('      legalBasis:\n        basis: contract\n', '')}legalBasis:\n  basis: contract\n`);
    expect(section(all, 'en', 'purposes')).toContain('Legal basis for all purposes: contract');
  });

  it('says whether data leave the EU/EEA in the notice’s words where it has them, and in a sentence of its own only where it has none', () => {
    const described = notice(
      'transfers:\n  outsideEea: none\n  description:\n    fi: Käytämme vain kotimaisia palveluja.\n    en: We use only Finnish services.\n',
    );
    expect(section(described, 'en', 'transfers')).toBe('We use only Finnish services.');
    expect(renderDocument(described, 'en').text).toContain('Transfers outside the EU/EEA The data are not transferred outside the EU/EEA.');
    expect(section(notice('transfers:\n  outsideEea: none\n'), 'en', 'transfers')).toBe('The data are not transferred outside the EU or the EEA.');
  });

  it("shows a contact person's role in the page's language, and marks an untranslated one with its language", () => {
    const loaded = notice(
      'contacts:\n  - topic: privacy\n    role:\n      fi: Tietosuojavastaava\n      en: Data protection officer\n    name: Maija Meikäläinen\n    email: tietosuoja@esimerkki.fi\n',
    );
    expect(section(loaded, 'en', 'controller')).toContain('About data protection: Data protection officer, Maija Meikäläinen E-mail: tietosuoja@esimerkki.fi');
    expect(section(loaded, 'fi', 'controller')).toContain('Tietosuojavastaava, Maija Meikäläinen');
    const untranslated = notice(
      '',
      organisation.replace('contact:\n', 'dpo:\n  designated: true\n  role:\n    fi: Tietosuojavastaava\n  contact:\n    email: dpo@esimerkki.fi\ncontact:\n'),
    );
    const page = renderDocument(untranslated, 'en');
    expect(page.html).toContain('<span lang="fi">Tietosuojavastaava</span> <em>(This text is not available in English; it is shown in Finnish.)</em>');
    expect(page.rendered.diagnostics).toEqual([expect.objectContaining({ file: 'a/organisation.yaml', ruleId: 'missing-translation' })]);
  });

  it("marks the title, the register's short name, a retention law and the supervisory authority shown in another language", () => {
    const withAlias = base.replace('    en: Customer register\n', '    en: Customer register\n  referredToAs:\n    fi: Rekisteri\n');
    const authority = 'supervisoryAuthority:\n  name:\n    fi: Datainspektionen\n  contact:\n    email: info@example.se\n  verifiedOn: 2025-01-01\ncontact:\n';
    const loaded = validNotice(
      `${withAlias}title:\n  fi: Asiakasrekisterin tietosuojaseloste\nretention:\n  rules:\n    - period: P6Y\n      law:\n        text:\n          fi: Kirjanpitolaki 2 luku 10 §.\ncomplaint:\n  authority: organisation\n`,
      organisation.replace('contact:\n', authority),
    );
    const note = '<em>(This text is not available in English; it is shown in Finnish.)</em>';
    const en = renderDocument(loaded, 'en');
    expect(en.rendered).toMatchObject({ title: 'Asiakasrekisterin tietosuojaseloste', titleLang: 'fi' });
    expect(en.html).toContain('<h1 lang="fi">Asiakasrekisterin tietosuojaseloste</h1>');
    expect(en.html).toContain(`<p class="register">Customer register (<span lang="fi">Rekisteri</span> ${note})</p>`);
    expect(en.html).toContain(`Set by law: <span lang="fi">Kirjanpitolaki 2 luku 10 §</span> ${note}.`);
    expect(en.html).toContain(`<strong><span lang="fi">Datainspektionen</span> ${note}</strong>`);
    const warnings = en.rendered.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.start.line} ${diagnostic.ruleId}`);
    // at the short name, the title, the law and the authority's name
    expect(warnings.sort()).toEqual([
      'a/notice.yaml:10 missing-translation',
      'a/notice.yaml:29 missing-translation',
      'a/notice.yaml:35 missing-translation',
      'a/organisation.yaml:11 missing-translation',
    ]);
    const fi = renderDocument(loaded, 'fi');
    expect(fi.rendered).toMatchObject({ title: 'Asiakasrekisterin tietosuojaseloste', titleLang: 'fi' });
    expect(fi.html).not.toContain('lang=');
    expect(fi.text).toContain('Säädösperuste: Kirjanpitolaki 2 luku 10 §.');
  });

  it('shows labels as the notice words them, without notes after them: consent, public sources and roles feed the record and lint', () => {
    const labels = base
      .replace('        en: name and contact details\n', '        en: name and contact details;\n      collectedWithConsent: true\n')
      .replace('        fi: nimi ja yhteystiedot\n', '        fi: nimi ja yhteystiedot;\n');
    const loaded = notice(
      'sources:\n  items:\n    - id: rekisteri\n      kind: public-sources\n      label: { fi: Väestötietojärjestelmä., en: Population Information System. }\n      publiclyAvailable: true\n      collectedWithConsent: true\n' +
        'recipients:\n  items:\n    - id: posti\n      role: processor\n      label: { fi: Postituspalvelu., en: Mailing service. }\n',
      organisation,
      labels,
    );
    expect(section(loaded, 'fi', 'data')).toBe('Henkilötietoryhmät nimi ja yhteystiedot;');
    expect(section(loaded, 'en', 'sources')).toBe('Population Information System.');
    expect(section(loaded, 'en', 'recipients')).toBe('Mailing service.');
  });

  it('shows the ground for processing the personal identity code as a labelled fact', () => {
    const loaded = notice(
      '',
      organisation,
      base.replace('        en: name and contact details\n', '        en: name and contact details\n      nationalIdentityCodeGround: consent\n'),
    );
    expect(renderDocument(loaded, 'fi').html).toMatch(/<p class="fact"><strong>Henkilötunnuksen käsittelyn peruste[^<]*:<\/strong> /u);
  });

  it("names the rights an item covers the way the page's language lists things, when the notice gives the item no label", () => {
    const loaded = notice('rights:\n  items:\n    - covers: [access, rectification]\n');
    expect(section(loaded, 'en', 'rights')).toContain('Right of access and Right to rectification');
    expect(section(loaded, 'fi', 'rights')).toMatch(/Oikeus [^,]+ ja Oikeus /u);
  });

  it('words each retention rule as the notice states it: after an event, at most, permanently, by the records management plan', () => {
    const rules = `retention:
  rules:
    - period: P2Y
      after: [contract-ended]
    - period: P6M
      atLatest: true
    - until: [consent-withdrawn]
      atLatest: true
    - permanent: true
      law:
        number: 831/1994
    - recordsManagementPlan: true
`;
    const loaded = notice(rules);
    expect(section(loaded, 'en', 'retention')).toBe(
      'Kept for 2 years after the contract ends. Kept for at most 6 months. Kept until you withdraw your consent at the latest. Kept permanently. Set by law: Archives Act (831/1994). The retention period follows the records management plan.',
    );
    expect(section(loaded, 'fi', 'retention')).toContain('Säilytetään 2 vuotta sen jälkeen, kun sopimus päättyy. Säilytysaika on enintään 6 kuukautta.');
  });

  it('keeps what a rule covers in the summary, also for a rule stated in words, and shows the rule’s words alone in the body', () => {
    const loaded = notice(
      'retention:\n  rules:\n    - appliesTo:\n        dataCategories: [yhteystiedot]\n      until: [contract-ended]\n      description:\n        fi: Poistamme tiedot, kun sopimus päättyy.\n        en: We delete the data when the contract ends.\n',
    );
    expect(section(loaded, 'en', 'retention')).toBe('Applies to: name and contact details We delete the data when the contract ends.');
    expect(renderDocument(loaded, 'en').text).toContain('How long the data are kept Name and contact details: Kept until the contract ends.');
  });

  it('names a purpose in the summary by its short name, where it has one, and its basis in a few words', () => {
    const labelled = validNotice(
      base.replace('    - id: asiakassuhde\n', '    - id: asiakassuhde\n      short:\n        fi: Asiakkuus\n        en: Customers\n'),
    );
    expect(renderDocument(labelled, 'en').text).toContain('Why, and on what legal basis Customers — contract What data');
    expect(section(labelled, 'en', 'purposes')).toMatch(/^Managing the customer relationship Legal basis: contract/u);
  });
});
