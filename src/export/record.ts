import { controllerContact, FINNISH_DPA, purposesOf, type Controller, type DeepReadonly, type Notice, type OrganisationDocument } from '../model/index.ts';
import type { DpoStatement, NoticeRecord, RecordIndex } from './record-types.ts';
import { processingActivity } from './activity.ts';
import { dpvFile, noticePages, publishedFile, recordFile, recordSchemaAddress, siteAddress, SPREADSHEET_FILE, tiltFile } from './addresses.ts';
import { tiltControllerKeys } from './tilt/controllers.ts';
import { withDefined } from './defined.ts';
import { NOT_STATED, noneStatement, statementOf } from './statement.ts';

/**
 * The record of processing (GDPR Art. 30(1)) of one notice, schema version
 * 2: one processing activity per purpose, and every item with its state
 * (`given`, `none`, `not-stated`), saying only what the notice says: no
 * defaults, no standard texts, no editors' notes. The notice's id, date
 * (where stated) and content hash tell versions apart (the model has no
 * version number); every text keeps all its languages. `$schema` and the
 * pages' addresses are relative to the published site: {@link recordAt}
 * gives them in full for a site address.
 */
export function noticeRecord(notice: Notice): NoticeRecord {
  const { document, organisation } = notice;
  const purposes = purposesOf(notice);
  return {
    $schema: recordSchemaAddress(undefined),
    recordType: 'notice',
    schemaVersion: 2,
    notice: withDefined({
      id: notice.id,
      organisation: organisation.id,
      title: document.title,
      registerName: document.register?.name,
      registerReferredToAs: document.register?.referredToAs,
      languages: notice.languages,
      pages: noticePages(notice.id, notice.languages, document.slug, undefined),
      lastUpdated: document.lastUpdated,
      ...contentHashOf(notice),
      original:
        document.original === undefined
          ? undefined
          : withDefined({ complete: document.original.complete, url: document.original.url, date: document.original.date }),
    }),
    controllers: statementOf(document.controllers, (controllers) =>
      withDefined({
        status: 'given' as const,
        items: notice.controllerEntries.map((entry) =>
          withDefined({ entity: entry.entity === undefined ? undefined : entityRecord(notice, entry.entity), unit: entry.unit }),
        ),
        referredToAs: controllers.referredToAs,
        jointControllership: controllers.jointControllership,
      }),
    ),
    dpo: dpoStatement(organisation.document),
    representative: statementOf(organisation.document.representative, (representative) => ({ status: 'given' as const, value: representative })),
    contacts: document.contacts === undefined ? NOT_STATED : { status: 'given', items: document.contacts },
    purposes: statementOf(document.purposes, (section) => withDefined({ status: 'given' as const, description: section.description })),
    processingActivities:
      purposes.length === 0 ? [processingActivity(notice, undefined, undefined)] : purposes.map((purpose, index) => processingActivity(notice, purpose, index)),
    securityMeasures: statementOf(document.security, (security) =>
      withDefined({ status: 'given' as const, items: security.measures ?? [], description: security.description }),
    ),
    automatedDecisionMaking: statementOf(document.automatedDecisionMaking, (adm) =>
      withDefined({
        status: 'given' as const,
        automatedDecisions: booleanFact(adm.automatedDecisions),
        profiling: booleanFact(adm.profiling),
        logic: adm.logic,
        consequences: adm.consequences,
        description: adm.description,
      }),
    ),
    rights: statementOf(document.rights, ({ items, description, howToExercise, objection, conditions, fee, identification, deadline }) =>
      withDefined({ status: 'given' as const, items: items ?? [], description, howToExercise, objection, conditions, fee, identification, deadline }),
    ),
    complaint: statementOf(document.complaint, (complaint) =>
      withDefined({ status: 'given' as const, description: complaint.description, authority: complaintAuthority(notice, complaint.authority) }),
    ),
    changes: statementOf(document.changes, (changes) => withDefined({ status: 'given' as const, description: changes.description, log: changes.log })),
  };
}

/**
 * The records of all notices, by organisation: the organisation-level record,
 * with the files the site publishes for each notice (its record, DPV JSON-LD
 * and TILT documents) and the spreadsheet of them all, their addresses
 * relative to the site ({@link recordIndexAt} gives them in full).
 */
export function recordIndex(organisations: readonly DeepReadonly<OrganisationDocument>[], records: readonly NoticeRecord[]): RecordIndex {
  const byOrganisation = organisations.map((organisation) => records.filter((record) => record.notice.organisation === organisation.id));
  return {
    $schema: recordSchemaAddress(undefined),
    recordType: 'index',
    schemaVersion: 2,
    organisations: organisations.map((organisation, index) =>
      withDefined({
        id: organisation.id,
        name: organisation.name,
        publicAuthority: organisation.publicAuthority,
        entities: organisation.entities.map(({ id, name, businessId, contact }) => withDefined({ id, name, businessId, contact })),
        dpo: dpoStatement(organisation),
        notices: byOrganisation[index] ?? [],
      }),
    ),
    records: byOrganisation.flat().map((record) => publishedFiles(record, undefined)),
    spreadsheet: publishedFile(SPREADSHEET_FILE, undefined),
  };
}

/** A record as published at `siteUrl`: its `$schema` and page addresses made full. */
export function recordAt(record: NoticeRecord, siteUrl: string): NoticeRecord {
  const pages = Object.fromEntries(Object.entries(record.notice.pages).map(([language, path]) => [language, siteAddress(path.replace(/^\//u, ''), siteUrl)]));
  return { ...record, $schema: recordSchemaAddress(siteUrl), notice: { ...record.notice, pages } };
}

/** A record index as published at `siteUrl`: every address in it made full, its records' too. */
export function recordIndexAt(index: RecordIndex, siteUrl: string): RecordIndex {
  const organisations = index.organisations.map((organisation) => ({
    ...organisation,
    notices: organisation.notices.map((record) => recordAt(record, siteUrl)),
  }));
  return {
    ...index,
    $schema: recordSchemaAddress(siteUrl),
    organisations,
    records: organisations.flatMap((organisation) => organisation.notices).map((record) => publishedFiles(record, siteUrl)),
    spreadsheet: publishedFile(SPREADSHEET_FILE, siteUrl),
  };
}

/** The files the site publishes for one notice, their addresses at `siteUrl` (relative to the site without one). */
export function publishedFiles(record: NoticeRecord, siteUrl: string | undefined): RecordIndex['records'][number] {
  const { id, organisation } = record.notice;
  return {
    notice: id,
    organisation,
    record: publishedFile(recordFile(id), siteUrl),
    dpv: publishedFile(dpvFile(id), siteUrl),
    tilt: tiltControllerKeys(record).map(({ key, entity }) => withDefined({ controller: entity, ...publishedFile(tiltFile(id, key), siteUrl) })),
  };
}

/** The notice's content hash as a bare digest with its algorithm beside it (the model writes `sha256:<digest>`). */
function contentHashOf(notice: Notice): { contentHash: string; contentHashAlgorithm: 'sha256' } {
  const [algorithm, digest] = notice.contentHash.split(':');
  if (algorithm !== 'sha256' || digest === undefined) throw new Error(`Unexpected content hash ${notice.contentHash}: expected sha256:<digest>`);
  return { contentHash: digest, contentHashAlgorithm: algorithm };
}

function entityRecord(
  notice: Notice,
  entity: Controller,
): NonNullable<Extract<NoticeRecord['controllers'], { readonly status: 'given' }>['items'][number]['entity']> {
  return withDefined({ id: entity.id, name: entity.name, businessId: entity.businessId, contact: controllerContact(notice, entity) });
}

/** The data protection officer as organisation.yaml states it: designated (given), `designated: false` (none), or silent. */
function dpoStatement(organisation: DeepReadonly<OrganisationDocument>): DpoStatement {
  const dpo = organisation.dpo;
  if (dpo === undefined) return NOT_STATED;
  if (!dpo.designated) return noneStatement(undefined);
  return { status: 'given', value: withDefined({ name: dpo.name, role: dpo.role, contact: dpo.contact }) };
}

function booleanFact(value: boolean | undefined): { readonly status: 'given'; readonly value: boolean } | typeof NOT_STATED {
  return value === undefined ? NOT_STATED : { status: 'given', value };
}

/**
 * The supervisory authority's details, only where the notice asks for them:
 * the Ombudsman's for `fi`, organisation.yaml's for `organisation` (none when
 * it names no authority: never the Ombudsman in its place).
 */
function complaintAuthority(notice: Notice, source: 'fi' | 'organisation' | undefined) {
  if (source === undefined) return undefined;
  const authority = source === 'fi' ? FINNISH_DPA : notice.organisation.document.supervisoryAuthority;
  if (authority === undefined) return undefined;
  return { source, name: authority.name, contact: authority.contact, verifiedOn: authority.verifiedOn };
}
