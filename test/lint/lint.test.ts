import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { lintNotices, rules, toSarif, type LintConfig } from '../../src/lint/index.ts';
import { loadProject } from '../../src/project/index.ts';
import { fromRoot, seedNotice } from '../helpers/paths.ts';
import { loadFixture } from '../helpers/render.ts';
import { lineOf } from '../helpers/lines.ts';
import { loadTexts, minimal } from '../helpers/in-memory.ts';

const recommended: LintConfig = { preset: 'recommended', rules: {}, strict: false };
const today = '2026-01-15';

function lintPath(path: string, config: LintConfig = recommended) {
  return lintNotices(loadFixture(path).notices, rules, config, today);
}

/** Line (1-based) of the first line of a file containing a text. */
function lineIn(file: string, needle: string, from = 0): number {
  return lineOf(readFileSync(fromRoot(file), 'utf8'), needle, from);
}

describe('lint on the seed notice as written', () => {
  const findings = lintPath('notices');
  const at = (ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.file}:${finding.start.line}`);
  const seed = (needle: string, from?: number) => `${seedNotice}:${lineIn(seedNotice, needle, from)}`;

  it('reports the legal basis not tied to purposes while consent is relied on', () => {
    expect(at('basis-hedged')).toEqual([seed('hedge: primarily')]);
    expect(at('consent-basis-stated')).toEqual([
      seed('collectedWithConsent: true'),
      seed('collectedWithConsent: true', readFileSync(fromRoot(seedNotice), 'utf8').indexOf('sources:')),
      seed('until: [consent-withdrawn'),
    ]);
  });

  it('reports cookies and online tracking without consent', () => {
    expect(at('cookie-consent')).toEqual([seed('kinds: [device, cookies]'), seed('kinds: [interests, cookies]'), seed('kind: online-tracking')]);
  });

  it('reports e-mail direct marketing to consumers without consent', () => {
    expect(at('email-marketing-consent')).toEqual([seed('audiences: [consumers, business-contacts]')]);
  });

  it('reports the personal identity code without a §29 ground, in a marketing register', () => {
    expect(at('hetu-ground')).toEqual([seed('kinds: [national-identity-code')]);
    expect(at('hetu-in-marketing')).toEqual([seed('- id: tunnisteet')]);
  });

  it('reports profiling denied despite targeting and online behaviour', () => {
    expect(at('profiling-consistency')).toEqual([seed('profiling: false')]);
  });

  it('reports transfers without destination or mechanism', () => {
    expect(at('transfer-details')).toEqual([seed('outsideEea: possible')]);
  });

  it('reports retention without periods', () => {
    const text = readFileSync(fromRoot(seedNotice), 'utf8');
    const first = text.indexOf('until: [purpose-fulfilled]');
    expect(at('retention-period')).toEqual([seed('until: [purpose-fulfilled]'), seed('until: [purpose-fulfilled]', first + 1)]);
  });

  it('reports the two controllers without an arrangement', () => {
    expect(at('joint-controller-arrangement')).toEqual([seed('entities: [pori-energia-oy')]);
  });

  it('reports no statement whether providing data is required', () => {
    expect(at('provision-stated')).toEqual([seed('purposes:')]);
  });

  it('reports no separate right-to-object statement', () => {
    expect(at('right-to-object-statement')).toEqual([seed('rights:')]);
  });

  it('reports the DPO not stated, in the organisation file', () => {
    expect(at('dpo-stated')).toEqual(['notices/pori-energia/organisation.yaml:7']);
  });

  it('reports rights listed that the bases do not give', () => {
    expect(at('portability-basis')).toEqual([seed('covers: [portability]')]);
    expect(at('rights-fit-bases')).toEqual([seed('covers: [withdraw-consent]')]);
  });

  it('suggests the supervisory authority’s contact details beside the right to complain, as information', () => {
    expect(at('sa-contact')).toEqual([seed('covers: [complaint]')]);
    expect(findings.find((finding) => finding.ruleId === 'sa-contact')?.severity).toBe('info');
  });

  it('finds nothing in what the seed gets right', () => {
    const silent = [
      ...[
        'controller-identity',
        'controller-legal-entity',
        'business-id',
        'legal-basis-per-purpose',
        'legitimate-interest-stated',
        'purposes-stated',
        'data-subjects-stated',
        'data-categories-stated',
      ],
      ...[
        'recipients-stated',
        'transfers-stated',
        'retention-stated',
        'rights-stated',
        'automated-decisions-stated',
        'complaint-right',
        'translations-complete',
        'last-updated',
        'contact-values',
        'contact-parity',
      ],
    ];
    for (const ruleId of silent) {
      expect(at(ruleId), ruleId).toEqual([]);
    }
  });
});

/** A notice that states only what identifies it, a title and one purpose; its organisation states its DPO. */
const bareNotice = `id: vain-tunnisteet
organisation: esimerkki
languages: [fi, en]
title:
  fi: Asiakasrekisterin tietosuojaseloste
  en: Privacy notice for the customer register
purposes:
  items:
    - id: asiakassuhde
      description:
        fi: Asiakassuhteen hoitaminen
        en: Managing the customer relationship
`;
const bareOrganisation = `${minimal.organisation.replace(/businessId: .*/u, 'businessId: 1234567-1')}dpo:\n  designated: false\n`;

function lintTexts(noticeText: string, organisationText = bareOrganisation, config: LintConfig = recommended) {
  const project = loadTexts(noticeText, organisationText);
  expect(project.diagnostics).toEqual([]);
  return lintNotices(project.notices, rules, config, today);
}

describe('a notice that states only what identifies it', () => {
  /** What GDPR Art. 13/14 (and Art. 30 for the record) asks for that such a notice leaves out, each with the rule that reports it. */
  const gaps = {
    'controller-identity': 'Art. 13(1)(a)',
    'legal-basis-per-purpose': 'Art. 13(1)(c)',
    'recipients-stated': 'Art. 13(1)(e)',
    'transfers-stated': 'Art. 13(1)(f)',
    'retention-stated': 'Art. 13(2)(a)',
    'rights-stated': 'Art. 13(2)(b)',
    'complaint-right': 'Art. 13(2)(d)',
    'provision-stated': 'Art. 13(2)(e)',
    'automated-decisions-stated': 'Art. 13(2)(f)',
    'data-categories-stated': 'Art. 14(1)(d)',
    'sources-stated': 'Art. 14(2)(f)',
    'data-subjects-stated': 'Art. 30(1)(c)',
  };

  it('gets one finding per item it leaves out, with its article, and one for the missing date', () => {
    const findings = lintTexts(bareNotice);
    expect(findings.map((finding) => finding.ruleId).sort()).toEqual([...Object.keys(gaps), 'last-updated'].sort());
    for (const [ruleId, article] of Object.entries(gaps)) expect(findings.find((finding) => finding.ruleId === ruleId)?.message, ruleId).toContain(article);
    expect(findings.find((finding) => finding.ruleId === 'last-updated')?.severity).toBe('warning');
  });

  it('gets them as information when its source copy is incomplete, and nothing else changes', () => {
    const incomplete = lintTexts(`${bareNotice}original:\n  complete: false\n  note: The PDF ends after the first page.\n`);
    expect(incomplete.map((finding) => [finding.ruleId, finding.severity]).sort()).toEqual(
      [...Object.keys(gaps), 'last-updated'].sort().map((ruleId) => [ruleId, 'info']),
    );
  });

  it('keeps the level of a finding that is not a gap when the copy is incomplete', () => {
    const organisation = bareOrganisation.replace('businessId: 1234567-1', 'businessId: 1234567-8');
    const levels = (text: string) =>
      lintTexts(text, organisation)
        .filter((finding) => finding.ruleId === 'business-id')
        .map((finding) => finding.severity);
    expect(levels(`${bareNotice}controllers:\n  entities: [esimerkki-oy]\noriginal:\n  complete: false\n`)).toEqual(['error']);
  });

  it('reports a section marked not stated at its key, once', () => {
    const text = `${bareNotice}retention:\n  notStated:\n    note: Ask the DPO.\n`;
    expect(
      lintTexts(text)
        .filter((finding) => finding.ruleId === 'retention-stated')
        .map((finding) => finding.start.line),
    ).toEqual([lineOf(text, 'retention:')]);
  });

  it('reports the missing date at the level configured for the rule, or raised by the strict preset', () => {
    const severity = (config: LintConfig) => lintTexts(bareNotice, bareOrganisation, config).find((finding) => finding.ruleId === 'last-updated')?.severity;
    expect(severity({ ...recommended, preset: 'strict' })).toBe('error');
    expect(severity({ ...recommended, rules: { 'last-updated': 'info' } })).toBe('info');
  });
});

describe('contact values in each language', () => {
  const notice = (email: string) => `${bareNotice}contacts:\n  - topic: privacy\n${email}`;
  const perLanguage = '    email:\n      fi: tietosuoja@esimerkki.fi\n      en: privacy@esimerkki.fi\n';

  it('reports an e-mail address that differs between languages', () => {
    const text = notice(perLanguage);
    const parity = lintTexts(text).filter((finding) => finding.ruleId === 'contact-parity');
    expect(parity.map((finding) => [finding.start.line, finding.message])).toEqual([
      [lineOf(text, 'fi: tietosuoja@'), expect.stringContaining('fi: `tietosuoja@esimerkki.fi`, en: `privacy@esimerkki.fi`')],
    ]);
  });

  it('accepts a difference the notice marks as intended, with its reason', () => {
    const text = notice(
      perLanguage.replace('      fi:', '      # seloste-disable-next-line contact-parity -- the English mailbox is read by the international team\n      fi:'),
    );
    expect(lintTexts(text).filter((finding) => finding.ruleId === 'contact-parity' || finding.ruleId === 'lint-directive')).toEqual([]);
  });
});

describe('the exemplary notice', () => {
  it('lints clean under the strict preset', () => {
    expect(lintPath('test/fixtures/exemplary', { ...recommended, preset: 'strict' })).toEqual([]);
  });
});

describe('configuration', () => {
  it('turns rules off and changes their severity', () => {
    const findings = lintPath('notices', { preset: 'recommended', strict: false, rules: { 'cookie-consent': 'off', 'dpo-stated': 'error' } });
    expect(findings.some((finding) => finding.ruleId === 'cookie-consent')).toBe(false);
    expect(findings.find((finding) => finding.ruleId === 'dpo-stated')?.severity).toBe('error');
  });

  it('raises warnings to errors in the strict preset', () => {
    const findings = lintPath('notices', { ...recommended, preset: 'strict' });
    expect(findings.find((finding) => finding.ruleId === 'profiling-consistency')?.severity).toBe('error');
    expect(findings.find((finding) => finding.ruleId === 'recipients-named')?.severity).toBe('info');
  });
});

describe('silencing a finding in the YAML', () => {
  const organisation = readFileSync(fromRoot('test/fixtures/exemplary/organisation.yaml'), 'utf8').replace('dpo:\n  designated: false\n', '');
  const notice = readFileSync(fromRoot('test/fixtures/exemplary/uutiskirje.yaml'), 'utf8');
  const lintFindings = (organisationText: string) =>
    lintNotices(
      loadProject([
        { file: 'org/organisation.yaml', text: organisationText },
        { file: 'org/uutiskirje.yaml', text: notice },
      ]).notices,
      rules,
      recommended,
      today,
    );
  const lint = (organisationText: string) =>
    lintFindings(organisationText).map((finding) => [finding.ruleId, finding.severity, finding.start.line, finding.message.slice(0, 30)]);

  it('is reported without a directive', () => {
    expect(lint(organisation)).toEqual([['dpo-stated', 'warning', 5, 'The organisation does not say ']]);
  });

  it('is silenced by a directive with a reason on the line before', () => {
    const silenced = organisation.replace('id: aromi', '# seloste-disable-next-line dpo-stated -- the DPO is named in the group notice\nid: aromi');
    expect(lint(silenced)).toEqual([]);
  });

  it('is not silenced without a reason, and the directive is reported', () => {
    const unexplained = organisation.replace('id: aromi', '# seloste-disable-next-line dpo-stated\nid: aromi');
    expect(lint(unexplained)).toEqual([
      ['lint-directive', 'error', 5, 'Missing reason: write why the '],
      ['dpo-stated', 'warning', 6, 'The organisation does not say '],
    ]);
  });

  it('is not silenced by directive words inside a block text', () => {
    const inText = organisation.replace(
      /^name:\n {2}fi: .*$/mu,
      (name) => `${name.replace(/fi: .*/u, 'fi: |-')}\n    # seloste-disable dpo-stated -- hidden in the text\n    Aromi Oy`,
    );
    expect(inText).toContain('    # seloste-disable dpo-stated');
    expect(lintFindings(inText).map((finding) => finding.ruleId)).toEqual(['dpo-stated']);
  });

  it('reports a directive that names no rule, and silences nothing with it', () => {
    const withoutRule = organisation.replace('id: aromi', '# seloste-disable-next-line -- the DPO is named in the group notice\nid: aromi');
    expect(lintFindings(withoutRule).map((finding) => `${finding.start.line} ${finding.ruleId}: ${finding.message}`)).toEqual([
      '5 lint-directive: Missing rule id: name the rule the comment silences, e.g. `# seloste-disable-next-line rule-id -- reason`; see docs/rules/ for the rules',
      expect.stringMatching(/^6 dpo-stated: /u),
    ]);
  });

  it('reports a directive naming an unknown rule, or silencing nothing', () => {
    const unknown = `${organisation}# seloste-disable no-such-rule -- because\n`;
    expect(lint(unknown)).toContainEqual(['lint-directive', 'error', 22, 'Unknown rule `no-such-rule` in']);
    const unused = `# seloste-disable cookie-consent -- no cookies here\n${organisation}`;
    expect(lint(unused)).toContainEqual(['lint-directive', 'warning', 1, 'Unused seloste-disable comment']);
  });
});

describe('SARIF output', () => {
  const findings = lintPath('notices');
  const sarif = toSarif(findings, rules, (rule) => ({ markdown: `# ${rule.meta.id}`, uri: `https://example.org/docs/rules/${rule.meta.id}.md` }), '0.1.0') as {
    runs: {
      tool: { driver: { rules: { id: string; helpUri?: string }[] } };
      results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
    }[];
  };

  it('is valid SARIF 2.1.0', () => {
    const schema = JSON.parse(readFileSync(fromRoot('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // ajv-draft-04 is CommonJS: its default export is the class itself
    const Ajv = ajvDraft04 as unknown as new (options: object) => { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown } };
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
  });

  it('carries every rule with its metadata and help link, and each finding at its place', () => {
    const run = sarif.runs[0];
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    expect(run?.tool.driver.rules[0]?.helpUri).toBe('https://example.org/docs/rules/controller-identity.md');
    expect(run?.results).toHaveLength(findings.length);
    for (const result of run?.results ?? []) expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run?.results[0]?.locations[0]?.physicalLocation.region.startLine).toBe(findings[0]?.start.line);
  });
});
