import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/index.ts';
import { noticeRecord } from '../src/export/index.ts';
import { lintNotices, rules, type LintConfig } from '../src/lint/index.ts';
import type { Notice } from '../src/model/index.ts';
import { defaultTranslator, loadNotices } from '../src/node/index.ts';
import { toHtml } from '../src/render/index.ts';
import { recordSchemaErrors } from '../src/schema/index.ts';
import { loadTexts } from './helpers/in-memory.ts';
import { lineOf } from './helpers/lines.ts';
import { fromRoot, root } from './helpers/paths.ts';
import { renderDocument, visibleText } from './helpers/render.ts';

// The patterns real Finnish privacy notices use, one small realistic notice
// per organisation under test/fixtures/patterns/ (each file's header names
// the patterns it shows), and what each output must make of them.

const folder = 'test/fixtures/patterns';
const project = loadNotices([folder], { cwd: root });
const today = '2026-01-15';
/** Every rule, so that a rule left out of the recommended preset is checked too. */
const strict: LintConfig = { preset: 'strict', rules: {}, strict: false };
const findings = lintNotices(project.notices, rules, strict, today);

const files = {
  alumni: `${folder}/jarvilaakson-yliopisto/alumnirekisteri.yaml`,
  portal: `${folder}/jarvilaakson-yliopisto/tutkimusportaali.yaml`,
  university: `${folder}/jarvilaakson-yliopisto/organisation.yaml`,
  buildingControl: `${folder}/kuusjarven-kunta/rakennusvalvonta.yaml`,
  feedback: `${folder}/kuusjarven-kunta/palautejarjestelma.yaml`,
  municipality: `${folder}/kuusjarven-kunta/organisation.yaml`,
  members: `${folder}/kuusjarven-kisa/jasenrekisteri.yaml`,
  club: `${folder}/kuusjarven-kisa/organisation.yaml`,
  eventPhotos: `${folder}/kuusjarven-kisa/tapahtumakuvaus.yaml`,
  bank: `${folder}/jarvipankki/asiakasrekisteri.yaml`,
  bankGroup: `${folder}/jarvipankki/organisation.yaml`,
  loyalty: `${folder}/kauppahuone-lahde/kanta-asiakasrekisteri.yaml`,
  retailer: `${folder}/kauppahuone-lahde/organisation.yaml`,
} as const;

/** The YAML files under a folder of the repository, relative to the repository, sorted. */
function yamlFiles(path: string): string[] {
  return readdirSync(fromRoot(path), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `${path}/${name.replaceAll('\\', '/')}`)
    .sort();
}

function noticeIn(file: string): Notice {
  const found = project.notices.find((notice) => notice.source.file === file);
  if (found === undefined) throw new Error(`no valid notice in ${file}`);
  return found;
}

/** What a reader sees of a whole page. */
function page(file: string, locale: string): string {
  return renderDocument(noticeIn(file), locale).text;
}

/** The keys of the numbered sections a page has. */
function sectionKeys(file: string, locale = 'en'): string[] {
  return renderDocument(noticeIn(file), locale).rendered.sections.map((section) => section.key);
}

/** What a reader sees of one numbered section of a page; empty when the page has no such section. */
function section(file: string, key: string, locale = 'en'): string {
  const found = renderDocument(noticeIn(file), locale).rendered.sections.find((candidate) => candidate.key === key);
  return found === undefined ? '' : visibleText(toHtml({ type: 'root', children: found.content }));
}

const en = defaultTranslator().forLocale('en');

/** The lines of a file where a rule reports something. */
function linesOf(ruleId: string, file: string): number[] {
  return findingsOf(ruleId, file).map((finding) => finding.start.line);
}

function findingsOf(ruleId: string, file: string): Diagnostic[] {
  return findings.filter((finding) => finding.ruleId === ruleId && finding.file === file);
}

/** Line (1-based) of the first line of a file containing a text, searching after another text. */
function line(file: string, needle: string, after?: string): number {
  const text = readFileSync(fromRoot(file), 'utf8');
  return lineOf(text, needle, after === undefined ? 0 : text.indexOf(after));
}

/** A record without its content hash, which differs whenever the source does. */
function withoutHash(notice: Notice): unknown {
  const record = noticeRecord(notice);
  return { ...record, notice: { ...record.notice, contentHash: undefined } };
}

/** The first object with an `id` anywhere in a value, such as a record: found without depending on the record's layout. */
function objectWithId(value: unknown, id: string): Record<string, unknown> | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = objectWithId(item, id);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const object = value as Record<string, unknown>;
  if (object['id'] === id) return object;
  return objectWithId(Object.values(object), id);
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('the pattern fixtures', () => {
  it('all validate with no diagnostics: every notice loads against the organisation beside it', () => {
    expect(project.diagnostics).toEqual([]);
    const all = yamlFiles(folder);
    const organisations = all.filter((file) => file.endsWith('/organisation.yaml'));
    expect(project.notices.map((notice) => notice.source.file).sort()).toEqual(all.filter((file) => !organisations.includes(file)));
    expect(project.organisations).toHaveLength(organisations.length);
    expect(project.notices.length).toBeGreaterThanOrEqual(8);
  });

  it('each name in a header comment the patterns it shows', () => {
    for (const file of yamlFiles(folder))
      expect(readFileSync(fromRoot(file), 'utf8'), file).toMatch(/^# yaml-language-server: .*\n#\n# .+\n(#.*\n)*# Patterns/u);
  });

  it('each give a record of processing valid against schemas/record.schema.json', () => {
    for (const notice of project.notices) expect(recordSchemaErrors(noticeRecord(notice)), notice.source.file).toEqual([]);
  });
});

describe('the page says what the notice says (three states, values as written)', () => {
  it('shows only the purpose of a notice that states nothing else: no other heading, no legal basis, no controller, no date', () => {
    // The controller section may say what organisation.yaml states for every
    // notice (that no DPO is designated), but names no controller and no contact.
    expect(sectionKeys(files.eventPhotos).filter((key) => key !== 'controller')).toEqual(['purposes']);
    const controller = section(files.eventPhotos, 'controller');
    for (const said of ['Kuusjärven Kisa ry', 'Business ID', '358 40 123 4567', 'Urheilukentäntie']) expect(controller, said).not.toContain(said);
    const text = page(files.eventPhotos, 'en');
    expect(text).toContain('Photos taken at the event are published on the club');
    for (const key of ['data', 'sources', 'recipients', 'transfers', 'retention', 'security', 'automated', 'rights', 'complaint', 'changes']) {
      expect(text, key).not.toContain(en.t(`section.${key}`));
    }
    expect(text).not.toContain('Legal basis');
    expect(text).not.toContain('Last updated');
  });

  it('gives a section marked notStated no heading and no text, and never publishes an editor’s note', () => {
    const keys = sectionKeys(files.feedback);
    for (const key of ['retention', 'security', 'rights']) expect(keys, key).not.toContain(key);
    const text = page(files.feedback, 'en');
    for (const key of ['retention', 'security', 'rights']) expect(text, key).not.toContain(en.t(`section.${key}`));
    expect(sectionKeys(files.loyalty)).not.toContain('transfers');
    const notes = ['puuttuvalla sivulla', 'Tallennetusta PDF', 'selvitetään toimittajalta', 'puuttuu viimeinen sivu'];
    for (const notice of project.notices) {
      for (const locale of notice.languages) {
        const shown = renderDocument(notice, locale);
        for (const note of notes) {
          expect(shown.html, `${notice.id} ${locale}`).not.toContain(note);
          expect(shown.markdown, `${notice.id} ${locale}`).not.toContain(note);
        }
      }
      const record = JSON.stringify(noticeRecord(notice));
      for (const note of notes) expect(record, notice.id).not.toContain(note);
    }
  });

  it('shows a section stated as none with the notice’s own words', () => {
    expect(sectionKeys(files.feedback)).toContain('recipients');
    expect(section(files.feedback, 'recipients')).toContain('The data are not disclosed outside the municipality.');
    expect(section(files.feedback, 'recipients', 'fi')).toContain('Tietoja ei luovuteta kunnan ulkopuolelle.');
  });

  it('shows no date where the notice gives none', () => {
    expect(page(files.feedback, 'en')).not.toContain('Last updated');
    expect(page(files.alumni, 'en')).toContain('Last updated');
  });

  it('shows each language its own e-mail address, number and address line, with the labels the notice gives', () => {
    const english = page(files.alumni, 'en');
    const finnish = page(files.alumni, 'fi');
    expect(english).toContain('registry@jly.example.fi');
    expect(english).not.toContain('kirjaamo@jly.example.fi');
    expect(finnish).toContain('kirjaamo@jly.example.fi');
    expect(finnish).not.toContain('registry@jly.example.fi');
    expect(english).toContain('+358 29 412 3000');
    expect(finnish).not.toContain('+358 29 412 3000');
    expect(english).toMatch(/switchboard: \+358 29 412 3000/iu);
    expect(finnish).toMatch(/vaihde: 029 412 3000/iu);
    expect(english).toMatch(/registry: registry@jly\.example\.fi/iu);
    expect(english).toMatch(/alumni coordinator: 029 412 3456/iu);
    expect(english).toContain('P.O. Box 800, 00014 University of Järvilaakso');
    expect(finnish).toContain('PL 800, 00014 Järvilaakson yliopisto');
  });

  it('keeps a telephone number and an e-mail address as written, and only normalises the link', () => {
    const { html, text } = renderDocument(noticeIn(files.members), 'en');
    expect(text).toContain('+ 358 40 123 4567');
    expect(html).toContain('href="tel:+358401234567"');
    expect(text).toContain('tietosuoja(at)kuusjarvenkisa.example.fi');
  });

  it('shows a business ID as written, wrong check digit and all', () => {
    expect(page(files.buildingControl, 'fi')).toContain('0179773-9');
  });

  it('names a controller through its unit, and a unit named alone', () => {
    const alumni = section(files.alumni, 'controller');
    expect(alumni).toContain('University of Järvilaakso');
    expect(alumni).toContain('Communications');
    expect(section(files.alumni, 'controller', 'fi')).toContain('Viestintä');
    expect(section(files.portal, 'controller')).toContain('Research Services');
  });

  it('describes joint controllers as a class, with their arrangement', () => {
    const text = section(files.bank, 'controller');
    expect(text).toContain('the local Järvipankki banks of the Järvipankki Group');
    expect(text).toContain('Each Järvipankki bank is responsible for processing the data of its own customers.');
  });

  it('says in the notice’s words that no personal data are stored about a group', () => {
    expect(page(files.portal, 'en')).toContain('no personal data are stored about its users');
  });

  it('adds the standard explanation of each right only where the notice asks for it', () => {
    const explanation = en.t('right.access.description');
    expect(page(files.alumni, 'en')).toContain(explanation);
    for (const file of [files.members, files.buildingControl, files.loyalty]) {
      expect(page(file, 'en'), file).not.toContain(explanation);
      expect(page(file, 'en'), file).not.toContain(en.t('rights.howToExerciseStandard'));
    }
    expect(section(files.members, 'rights')).toContain('Members have the right to check and correct their own data.');
  });

  it('shows the Data Protection Ombudsman’s details only where the notice asks for them', () => {
    const alumni = page(files.alumni, 'en');
    expect(alumni).toContain('Office of the Data Protection Ombudsman');
    expect(alumni).toContain('tietosuoja@om.fi');
    const buildingControl = page(files.buildingControl, 'en');
    expect(buildingControl).toContain('You have the right to lodge a complaint with the Data Protection Ombudsman if you consider');
    expect(buildingControl).not.toContain('tietosuoja@om.fi');
    expect(buildingControl).not.toContain(en.t('complaint.text'));
    expect(page(files.members, 'en')).not.toContain('tietosuoja@om.fi');
  });
});

describe('legal bases, laws, rights and retention as stated', () => {
  it('cites a basis stated only as a national act by the act, never by an Art. 6(1) point the notice does not name', () => {
    const text = page(files.alumni, 'en');
    expect(text).toContain('Universities Act (558/2009), section 2');
    expect(text).not.toContain('Article 6(1)');
    expect(page(files.alumni, 'fi')).not.toContain('6 artiklan 1 kohdan');
    const basis = JSON.stringify(noticeRecord(noticeIn(files.alumni)).processingActivities[0]?.legalBasis);
    expect(basis).toContain('558/2009');
    expect(basis).not.toMatch(/"basis"|6\(1\)|public-task|legal-obligation/u);
  });

  it('shows the notice’s own words for its bases instead of restating them, and the bases where it has no words', () => {
    const bank = section(files.bank, 'purposes');
    expect(bank).toContain('The processing is based on the contract with the customer or on steps taken before entering into one');
    expect(bank).not.toContain('Article 6(1)(b)');
    expect(bank).toContain('Article 6(1)(c)');
    expect(bank).toContain('Act on Preventing Money Laundering and Terrorist Financing (444/2017)');
    expect(bank).toContain('2023/1113');
    expect(bank).toContain('Article 4');
    const loyalty = section(files.loyalty, 'purposes');
    expect(loyalty).toContain('The processing is based primarily on the loyalty programme contract.');
    expect(loyalty).not.toContain('Article 6(1)');
  });

  it('cites each kind of law as the notice does: an act with section and subsection, a decree, a replaced act', () => {
    const text = section(files.buildingControl, 'purposes');
    expect(text).toContain('Land Use and Building Act (132/1999)');
    expect(text).toMatch(/section 131\b/u);
    expect(text).toContain('Land Use and Building Decree (895/1999)');
    expect(text).toContain('Personal Data Act (523/1999)');
  });

  it('carries the bases in the record as stated: hedges, relations, scopes and laws', () => {
    const loyalty = JSON.stringify(noticeRecord(noticeIn(files.loyalty)));
    expect(loyalty).toContain('primarily');
    expect(loyalty).toContain('"may"');
    expect(JSON.stringify(noticeRecord(noticeIn(files.feedback)))).toContain('and-or');
    expect(JSON.stringify(noticeRecord(noticeIn(files.bank)))).toContain('alternatives');
    const portal = JSON.stringify(noticeRecord(noticeIn(files.portal)));
    expect(portal).toContain('profiilikuva');
    expect(portal).toContain('emeritukset');
  });

  it('shows the conditions, fees, identification and response time of the rights, and a right that does not apply in the notice’s words', () => {
    const text = section(files.buildingControl, 'rights');
    expect(text).toContain('The rights may be restricted where the processing is based on a legal obligation.');
    expect(text).toContain('identified from an identity document');
    expect(text).toContain('for further copies requested by the data subject');
    expect(text).toContain('a fee according to the municipality');
    expect(text).toMatch(/month/u);
    expect(text).toContain('Building control documents cannot be erased, because the law requires them to be kept.');
  });

  it('shows a retention rule in the notice’s words without restating it, and a rule without words from its values', () => {
    const loyalty = section(files.loyalty, 'retention');
    expect(loyalty).toContain('The data are deleted two years after the loyalty programme contract ends.');
    expect(loyalty).not.toMatch(/Kept (for|until)/u);
    const bank = section(files.bank, 'retention');
    expect(bank).toContain('The data are kept for at most 10 years after the customer relationship ends.');
    expect(bank).toMatch(/5 years/u);
    expect(bank).toContain('444/2017');
    expect(section(files.buildingControl, 'retention')).toContain('Permit decisions and drawings are kept permanently under the Archives Act (831/1994).');
  });

  it('shows the public as a recipient, and a recipient with the law it receives data under', () => {
    expect(section(files.portal, 'recipients')).toContain('public search');
    const buildingControl = section(files.buildingControl, 'recipients');
    expect(buildingControl).toContain('Digital and Population Data Services Agency');
    expect(buildingControl).toContain('661/2009');
    expect(buildingControl).toContain('The data are not disclosed for direct marketing.');
  });

  it('carries occasional transfers on a derogation, and retention after an event, in the record', () => {
    const bank = JSON.stringify(noticeRecord(noticeIn(files.bank)));
    expect(bank).toContain('occasional');
    expect(bank).toContain('derogation');
    expect(bank).toContain('customer-relationship-ended');
    expect(JSON.stringify(noticeRecord(noticeIn(files.loyalty)))).toContain('contract-ended');
    expect(JSON.stringify(noticeRecord(noticeIn(files.members)))).toContain('membership-ended');
  });

  it('carries in the record whether data must be provided, and what each group’s data are and where they come from', () => {
    const record = noticeRecord(noticeIn(files.portal));
    expect(objectWithId(record, 'nimi-ja-tehtava')?.['mandatory']).toBe(true);
    expect(objectWithId(record, 'profiilikuva')?.['mandatory']).toBe(false);
    expect(objectWithId(record, 'julkaisut')?.['mandatory']).toBeUndefined();
    expect(objectWithId(record, 'emeritukset')).toMatchObject({ dataCategories: ['nimi-ja-tehtava', 'julkaisut'], sources: ['tutkija'] });
    expect(objectWithId(record, 'kayttajat')?.['noPersonalData']).toBe(true);
    expect(objectWithId(noticeRecord(noticeIn(files.members)), 'juniorit')).toMatchObject({ sources: ['huoltaja'] });
  });

  it('records “disclosed to no one” differently from “not stated”', () => {
    const text = readFileSync(fromRoot(files.feedback), 'utf8');
    const organisation = readFileSync(fromRoot(files.municipality), 'utf8');
    const none = loadTexts(text, organisation);
    const silent = loadTexts(text.replace(/^recipients:\n(?: {2}.*\n)+/mu, 'recipients:\n  notStated:\n    note: Tarkistetaan.\n'), organisation);
    expect(none.diagnostics).toEqual([]);
    expect(silent.diagnostics).toEqual([]);
    const [noneNotice, silentNotice] = [none.notices[0] as Notice, silent.notices[0] as Notice];
    expect(withoutHash(noneNotice)).not.toEqual(withoutHash(silentNotice));
    const recipients = (notice: Notice) => JSON.stringify(noticeRecord(notice).processingActivities[0]?.recipients);
    expect(recipients(silentNotice)).toContain('not-stated');
    expect(recipients(noneNotice)).not.toContain('not-stated');
    expect(recipients(noneNotice)).toContain('The data are not disclosed outside the municipality.');
    expect(count(JSON.stringify(noticeRecord(silentNotice)), 'not-stated')).toBeGreaterThan(count(JSON.stringify(noticeRecord(noneNotice)), 'not-stated'));
    expect(JSON.stringify(noticeRecord(silentNotice))).not.toContain('Tarkistetaan');
  });
});

describe('lint on the patterns: what is wrong, where it is written', () => {
  it('reports the business ID with a wrong check digit, in the organisation file', () => {
    expect(linesOf('business-id', files.municipality)).toEqual([line(files.municipality, 'businessId: 0179773-9')]);
    for (const file of [files.university, files.bankGroup, files.club, files.retailer]) {
      expect(linesOf('business-id', file), file).toEqual([]);
    }
  });

  it('reports the e-mail address that is not valid, and keeps quiet about a number written with a space after the plus', () => {
    expect(linesOf('contact-values', files.members)).toEqual([line(files.members, 'email: tietosuoja(at)')]);
    expect(linesOf('contact-values', files.club)).toEqual([]);
  });

  it('reports an e-mail address that differs between languages, but not one number written nationally and internationally', () => {
    // At the registry mailbox, whose address the notice gives per language.
    expect(
      linesOf('contact-parity', files.alumni).filter(
        (at) => at >= line(files.alumni, '- address:', 'alumni relations') && at <= line(files.alumni, 'fi: kirjaamo@jly.example.fi'),
      ),
    ).toHaveLength(1);
    expect(linesOf('contact-parity', files.alumni)).not.toContain(line(files.alumni, 'fi: 029 412 3000'));
    expect(linesOf('contact-parity', files.university)).not.toContain(line(files.university, 'fi: 029 412 3000'));
  });

  it('reports a controller named only as a unit, not one named through its unit', () => {
    expect(linesOf('controller-legal-entity', files.portal)).toEqual([line(files.portal, '- unit:')]);
    expect(linesOf('controller-legal-entity', files.alumni)).toEqual([]);
    expect(linesOf('controller-legal-entity', files.buildingControl)).toEqual([]);
  });

  it('reports a government bill cited as the basis, at the bill', () => {
    expect(linesOf('law-is-a-bill', files.feedback)).toEqual([line(files.feedback, 'number: HE 9/2018 vp')]);
  });

  it('reports an act cited that has been replaced, at the act', () => {
    const at = line(files.buildingControl, 'number: 523/1999');
    expect(
      findings
        .filter((finding) => finding.file === files.buildingControl && finding.start.line === at)
        .map((finding) => finding.message)
        .join('\n'),
    ).toMatch(/1050\/2018/u);
  });

  it('reports a basis stated only as a national act, at the statement', () => {
    const found = findingsOf('basis-without-article', files.alumni);
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) expect(finding.pointer).toMatch(/^\/legalBasis/u);
  });

  it('reports consent mentioned in prose while no purpose declares it, at the prose', () => {
    const found = findingsOf('consent-undeclared', files.alumni);
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) {
      expect(finding.pointer).toMatch(/^\/purposes\/items\/0\/description/u);
      expect(finding.start.line).toBeGreaterThanOrEqual(line(files.alumni, 'description:', 'id: alumnitoiminta'));
      expect(finding.start.line).toBeLessThanOrEqual(line(files.alumni, 'alumnitarinoissa.'));
    }
  });

  it('reports each hedged basis and bases given as alternatives, and not the basis stated without a hedge', () => {
    const pointers = (file: string) => findingsOf('basis-hedged', file).map((finding) => finding.pointer ?? '');
    const base = '/purposes/items/0/legalBasis/bases';
    expect(pointers(files.loyalty).some((pointer) => pointer.startsWith(`${base}/0`))).toBe(true);
    expect(pointers(files.loyalty).some((pointer) => pointer.startsWith(`${base}/1`))).toBe(true);
    expect(pointers(files.members).some((pointer) => pointer.startsWith(`${base}/0`))).toBe(true);
    expect(pointers(files.members).some((pointer) => pointer.startsWith(`${base}/1`))).toBe(false);
    expect(pointers(files.feedback).length).toBeGreaterThan(0);
    // "contract … or legal obligations": the notice does not say which applies when.
    expect(linesOf('basis-hedged', files.bank)).toEqual([line(files.bank, 'relation: alternatives', 'id: asiakkuus')]);
    expect(linesOf('basis-hedged', files.portal)).toEqual([]);
  });

  it('reports the gaps of an incomplete copy as information, and each gap of a notice once', () => {
    for (const ruleId of ['retention-stated', 'rights-stated']) {
      const found = findingsOf(ruleId, files.feedback);
      expect(found, ruleId).toHaveLength(1);
      expect(found[0]?.severity, ruleId).toBe('info');
    }
    for (const ruleId of ['recipients-stated', 'retention-stated', 'transfers-stated', 'rights-stated', 'last-updated']) {
      expect(findingsOf(ruleId, files.eventPhotos), ruleId).toHaveLength(1);
    }
    expect(findingsOf('recipients-stated', files.feedback)).toEqual([]);
  });

  it('finds no fee problem in a first copy free and further copies for a fee (Art. 15(3))', () => {
    expect(findingsOf('access-fee', files.buildingControl)).toEqual([]);
  });

  it('finds no erasure problem where the notice says erasure does not apply to its statutory register', () => {
    expect(findingsOf('erasure-statutory', files.buildingControl)).toEqual([]);
  });

  it('finds no objection problem where objection is limited to a purpose resting on a public task', () => {
    expect(findingsOf('objection-basis', files.buildingControl)).toEqual([]);
  });

  it('finds no portability problem where portability is limited to a purpose resting on a contract and consent', () => {
    expect(findingsOf('portability-basis', files.loyalty)).toEqual([]);
  });

  it('takes no act or decree in force for a bill', () => {
    for (const file of Object.values(files).filter((file) => file !== files.feedback && file !== files.buildingControl))
      expect(findingsOf('law-is-a-bill', file), file).toEqual([]);
    for (const act of ['number: 132/1999', 'number: 895/1999', 'number: 661/2009', 'number: 831/1994'])
      expect(linesOf('law-is-a-bill', files.buildingControl), act).not.toContain(line(files.buildingControl, act));
  });

  it('finds no undeclared consent where consent is declared, nor in a permit (“lupa” is both a permit and permission)', () => {
    for (const file of [files.portal, files.loyalty]) expect(findingsOf('consent-undeclared', file), file).toEqual([]);
    // “Asiakastyytyväisyyskyselyt luvan hakijoille”: surveys for permit applicants.
    expect(findingsOf('consent-undeclared', files.buildingControl)).toEqual([]);
  });
});
