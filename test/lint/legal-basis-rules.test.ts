import { describe, expect, it } from 'vitest';
import { lintNotices, rules, type LintConfig } from '../../src/lint/index.ts';
import { minimal, validNotice } from '../helpers/in-memory.ts';
import { lineOf } from '../helpers/lines.ts';

const recommended: LintConfig = { preset: 'recommended', rules: {}, strict: false };
const strict: LintConfig = { preset: 'strict', rules: {}, strict: false };
const today = '2026-01-15';

/** A notice of the minimal fixture's organisation with the given sections (written from column 0). */
function noticeWith(sections: string): string {
  return `id: asiakasrekisteri
organisation: esimerkki
languages: [fi, en]
lastUpdated: 2025-01-31
controllers:
  entities: [esimerkki-oy]
${sections}`;
}

/** One purpose `p` with the given legal basis (written at its indentation). */
function purposeOn(legalBasis: string, extra = ''): string {
  return `purposes:
  items:
    - id: p
      description:
        fi: Asiakassuhteen hoitaminen
        en: Managing the customer relationship
      legalBasis:
${legalBasis}
${extra}`;
}

interface Finding {
  readonly line: number;
  readonly severity: string;
  readonly message: string;
}

/** The findings of one rule on a notice text, with the lines they are on. */
function findings(ruleId: string, text: string, config: LintConfig = recommended, organisation = minimal.organisation): Finding[] {
  return lintNotices([validNotice(text, organisation)], rules, config, today)
    .filter((finding) => finding.ruleId === ruleId)
    .map(({ start, severity, message }) => ({ line: start.line, severity, message }));
}

const authority = `${minimal.organisation}publicAuthority: true\n`;

describe('basis-hedged', () => {
  it('reports “and/or” as an error and the other hedges as warnings, at the hedge', () => {
    const text = noticeWith(
      purposeOn(`        bases:
          - basis: contract
            hedge: and-or
          - basis: legitimate-interests
            hedge: may
            legitimateInterest:
              fi: Asiakassuhteen ylläpito
              en: Keeping up the customer relationship`),
    );
    expect(findings('basis-hedged', text)).toEqual([
      expect.objectContaining({ line: lineOf(text, 'hedge: and-or'), severity: 'error' }),
      expect.objectContaining({ line: lineOf(text, 'hedge: may'), severity: 'warning' }),
    ]);
  });

  it('takes a level configured for the rule for all its findings', () => {
    const text = noticeWith(purposeOn(`        basis: contract\n        hedge: and-or`));
    expect(findings('basis-hedged', text, { ...recommended, rules: { 'basis-hedged': 'warning' } })).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  it('says nothing of a basis stated solely, nor of bases each with what it covers', () => {
    const text = noticeWith(
      purposeOn(`        bases:
          - basis: contract
            hedge: solely
          - basis: legal-obligation
            law: {number: 1336/1997}
          - basis: consent
            scope:
              operations:
                fi: asiakaskyselyt
                en: customer surveys
            howToWithdraw:
              fi: Ilmoita meille.
              en: Tell us.`),
    );
    expect(findings('basis-hedged', text)).toEqual([]);
  });
});

describe('no-hedged-legal-basis, deprecated', () => {
  const text = noticeWith(purposeOn(`        basis: contract\n        hedge: primarily`));

  it('is off in every preset, leaving “primarily” to basis-hedged', () => {
    expect(findings('no-hedged-legal-basis', text)).toEqual([]);
    expect(findings('no-hedged-legal-basis', text, strict)).toEqual([]);
    expect(findings('basis-hedged', text, strict)).toEqual([expect.objectContaining({ line: lineOf(text, 'hedge: primarily'), severity: 'error' })]);
  });

  it('still runs where a configuration turns it on by name', () => {
    expect(findings('no-hedged-legal-basis', text, { ...recommended, rules: { 'no-hedged-legal-basis': 'error' } })).toEqual([
      expect.objectContaining({ line: lineOf(text, 'hedge: primarily') }),
    ]);
  });
});

describe('legal-basis-per-purpose', () => {
  const silent = noticeWith(`purposes:
  items:
    - id: a
      description: {fi: A, en: A}
    - id: b
      description: {fi: B, en: B}
`);

  it('reports a notice that states no basis at all once, not once per purpose', () => {
    expect(findings('legal-basis-per-purpose', silent)).toEqual([expect.objectContaining({ line: lineOf(silent, 'purposes:'), severity: 'error' })]);
  });

  it('reports that gap as information when the copy transcribed is incomplete', () => {
    const incomplete = silent.replace('lastUpdated: 2025-01-31\n', 'lastUpdated: 2025-01-31\noriginal:\n  complete: false\n');
    expect(findings('legal-basis-per-purpose', incomplete)).toEqual([expect.objectContaining({ severity: 'info' })]);
  });

  it('leaves a basis that names only an act to basis-without-article', () => {
    const text = noticeWith(purposeOn(`        law: {number: 503/1989, section: "11"}`));
    expect(findings('legal-basis-per-purpose', text)).toEqual([]);
    expect(findings('basis-without-article', text)).toEqual([expect.objectContaining({ line: lineOf(text, 'law:'), severity: 'warning' })]);
  });
});

describe('law-is-a-bill', () => {
  it('knows a bill by its number and names the act that replaced a repealed one, wherever the law is cited', () => {
    const text = noticeWith(`${purposeOn(`        basis: legal-obligation\n        law: {number: HE 9/2018 vp}`)}recipients:
  items:
    - id: verottaja
      role: authority
      label: {fi: Verohallinto, en: Tax Administration}
      law:
        - number: 1336/1997
        - number: 523/1999
`);
    const found = findings('law-is-a-bill', text);
    expect(found.map((finding) => finding.line)).toEqual([lineOf(text, 'HE 9/2018'), lineOf(text, '523/1999')]);
    expect(found[1]?.message).toContain('replaced by the Data Protection Act (1050/2018)');
    expect(found[1]?.message).toContain('allows the disclosure');
  });
});

describe('basis-law-mismatch', () => {
  const text = noticeWith(
    purposeOn(`        basis: legitimate-interests
        legitimateInterest: {fi: Jäsenluettelo, en: List of members}
        law: {number: 503/1989, section: "11"}`),
  );

  it('reports an act that sets a task cited for legitimate interests', () => {
    expect(findings('basis-law-mismatch', text)).toEqual([expect.objectContaining({ line: lineOf(text, '503/1989'), severity: 'warning' })]);
  });

  it('leaves a public authority to public-authority-legitimate-interest, so that it is reported once', () => {
    expect(findings('basis-law-mismatch', text, recommended, authority)).toEqual([]);
    expect(findings('public-authority-legitimate-interest', text, recommended, authority)).toHaveLength(1);
  });
});

describe('consent-undeclared', () => {
  const onContract = purposeOn('        basis: contract');

  it('reports the first text that speaks of consent, in any language', () => {
    const text = noticeWith(`${onContract}dataCategories:
  items:
    - id: yhteystiedot
      label:
        fi: nimi ja yhteystiedot
        en: name and contact details
    - id: kuvat
      label:
        fi: valokuvat
        en: photographs, with your permission
    - id: toiveet
      label:
        fi: toiveet, jos asiakas antaa ne luvallaan
        en: wishes, if the customer gives them
`);
    expect(findings('consent-undeclared', text)).toEqual([
      expect.objectContaining({ line: lineOf(text, 'fi: valokuvat'), message: expect.stringContaining('“permission”') }),
    ]);
  });

  it('says nothing of promises, permits, unauthorised access or consent denied', () => {
    const text = noticeWith(`${onContract}security:
  description:
    fi: Lupaamme suojata tiedot luvattomalta käytöltä. Rakennuslupa ja lupahakemus eivät liity tähän. Käsittely ei perustu suostumukseen. Tietoja ei luovuteta ilman suostumustasi.
    en: We promise to protect the data from unauthorised use; only staff with access permissions see them. The processing is not based on consent.
`);
    expect(findings('consent-undeclared', text)).toEqual([]);
  });

  it('reads “lupa” by its translation: a permit where the English says so, consent where the text has no translation', () => {
    const permit = noticeWith(`${onContract}security:
  description:
    fi: Asiakaskyselyt lähetetään luvan saaneille.
    en: Customer surveys are sent to those granted a permit.
`);
    expect(findings('consent-undeclared', permit)).toEqual([]);
    const untranslated = noticeWith(`purposes:
  items:
    - id: p
      description: {fi: Asiakassuhteen hoitaminen}
      legalBasis: {basis: contract}
security:
  description:
    fi: Julkaisemme kuvia vain luvallasi.
`).replace('languages: [fi, en]', 'languages: [fi]');
    expect(findings('consent-undeclared', untranslated)).toEqual([expect.objectContaining({ message: expect.stringContaining('“luvallasi”') })]);
  });

  it('counts explicit consent under Art. 9(2)(a) as consent declared', () => {
    const text = noticeWith(`${purposeOn('        basis: vital-interests\n        specialCategoryCondition: explicit-consent')}security:
  description:
    fi: Terveystietoja käsitellään suostumuksellasi.
    en: Health data are processed with your consent.
`);
    expect(findings('consent-undeclared', text)).toEqual([]);
  });

  it('leaves consent relied on in structured statements to consent-basis-stated', () => {
    const text = noticeWith(`${onContract}sources:
  items:
    - id: asiakas
      kind: data-subject
      collectedWithConsent: true
      label:
        fi: asiakas itse suostumuksellaan
        en: the customer, with consent
`);
    expect(findings('consent-undeclared', text)).toEqual([]);
    expect(findings('consent-basis-stated', text)).toHaveLength(1);
  });
});

describe('rights against the bases', () => {
  const rights = (items: string) => `rights:\n  items:\n${items}`;

  it('accepts a fee limited in any language, and a rights-wide fee every access item overrides', () => {
    const text = noticeWith(`${purposeOn('        basis: contract')}${rights(`    - covers: [access]
      fee:
        when:
          fi: Vain ilmeisen perusteettomista pyynnöistä.
          en: Only for manifestly unfounded requests.
`)}  fee:
    amount: {fi: 10 €, en: EUR 10}
`);
    expect(findings('access-fee', text)).toEqual([]);
  });

  it('reports a fee for access requests that is not limited, at the fee', () => {
    const text = noticeWith(
      `${purposeOn('        basis: contract')}${rights(`    - covers: [access, rectification]
      fee:
        amount: {fi: 10 €, en: EUR 10}
`)}`,
    );
    expect(findings('access-fee', text)).toEqual([expect.objectContaining({ line: lineOf(text, 'amount:'), severity: 'error' })]);
  });

  it('weighs portability by the purposes it applies to, and names Art. 20(3) for a public task', () => {
    const text = noticeWith(`purposes:
  items:
    - id: tehtava
      description: {fi: Tehtävä, en: Task}
      legalBasis:
        basis: public-task
        law: {number: 410/2015}
    - id: kysely
      description: {fi: Kysely, en: Survey}
      legalBasis:
        basis: consent
        howToWithdraw: {fi: Ilmoita meille., en: Tell us.}
${rights(`    - covers: [portability]
      appliesTo:
        purposes: [tehtava]
    - covers: [portability]
      appliesTo:
        purposes: [kysely]
`)}`);
    const found = findings('portability-basis', text);
    expect(found).toEqual([expect.objectContaining({ line: lineOf(text, 'covers: [portability]') })]);
    expect(found[0]?.message).toContain('Art. 20(3)');
  });

  it('reports the right to object listed for a contract only, and denied for legitimate interests, never beside right-to-object-statement', () => {
    const listed = noticeWith(`${purposeOn('        basis: contract')}${rights('    - covers: [objection]\n')}`);
    expect(findings('objection-basis', listed)).toEqual([expect.objectContaining({ line: lineOf(listed, 'covers: [objection]') })]);
    const denied = noticeWith(
      `${purposeOn('        basis: legitimate-interests\n        legitimateInterest: {fi: Etu, en: Interest}')}${rights('    - covers: [objection]\n      applies: false\n')}`,
    );
    expect(findings('objection-basis', denied)).toEqual([expect.objectContaining({ line: lineOf(denied, 'applies: false') })]);
    const missing = noticeWith(
      `${purposeOn('        basis: legitimate-interests\n        legitimateInterest: {fi: Etu, en: Interest}')}${rights('    - covers: [access]\n')}`,
    );
    expect(findings('objection-basis', missing)).toEqual([]);
    expect(findings('right-to-object-statement', missing)).toHaveLength(1);
  });

  it('suggests conditions for erasure only where every basis is statutory', () => {
    const statutory = noticeWith(`${purposeOn('        basis: legal-obligation\n        law: {number: 503/1989}')}${rights('    - covers: [erasure]\n')}`);
    expect(findings('erasure-statutory', statutory)).toEqual([expect.objectContaining({ severity: 'info' })]);
    const mixed = noticeWith(
      `${purposeOn('        bases:\n          - basis: legal-obligation\n            law: {number: 503/1989}\n          - basis: contract')}${rights('    - covers: [erasure]\n')}`,
    );
    expect(findings('erasure-statutory', mixed)).toEqual([]);
  });
});
