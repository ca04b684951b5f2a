import { controllerContact, FINNISH_DPA, purposesOf, type Controller, type DeepReadonly, type Notice, type OrganisationDocument } from '../model/index.ts';
import type { DpoStatement, NoticeRecord, RecordIndex } from './record-types.ts';
import { processingActivity } from './activity.ts';
import { withDefined } from './defined.ts';
import { NOT_STATED, noneStatement, statementOf } from './statement.ts';

/**
 * The record of processing (GDPR Art. 30(1)) of one notice, schema version
 * 2: one processing activity per purpose, and every item with its state
 * (`given`, `none`, `not-stated`), saying only what the notice says: no
 * defaults, no standard texts, no editors' notes. The notice's id, date
 * (where stated) and content hash tell versions apart; every text keeps all
 * its languages.
 */
export function noticeRecord(notice: Notice): NoticeRecord {
  const { document, organisation } = notice;
  const purposes = purposesOf(notice);
  return {
    recordType: 'notice',
    schemaVersion: 2,
    notice: withDefined({
      id: notice.id,
      organisation: organisation.id,
      title: document.title,
      registerName: document.register?.name,
      registerReferredToAs: document.register?.referredToAs,
      languages: notice.languages,
      lastUpdated: document.lastUpdated,
      contentHash: notice.contentHash,
      original: document.original === undefined ? undefined : withDefined({ complete: document.original.complete, url: document.original.url, date: document.original.date }),
    }),
    controllers: statementOf(document.controllers, (controllers) =>
      withDefined({
        status: 'given' as const,
        items: notice.controllerEntries.map((entry) => withDefined({ entity: entry.entity === undefined ? undefined : entityRecord(notice, entry.entity), unit: entry.unit })),
        referredToAs: controllers.referredToAs,
        jointControllership: controllers.jointControllership,
      }),
    ),
    dpo: dpoStatement(organisation.document),
    representative: statementOf(organisation.document.representative, (representative) => ({ status: 'given' as const, value: representative })),
    contacts: document.contacts === undefined ? NOT_STATED : { status: 'given', items: document.contacts },
    purposes: statementOf(document.purposes, (section) => withDefined({ status: 'given' as const, description: section.description })),
    processingActivities: purposes.length === 0 ? [processingActivity(notice, undefined, undefined)] : purposes.map((purpose, index) => processingActivity(notice, purpose, index)),
    securityMeasures: statementOf(document.security, (security) => withDefined({ status: 'given' as const, items: security.measures ?? [], description: security.description })),
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
    complaint: statementOf(document.complaint, (complaint) => withDefined({ status: 'given' as const, description: complaint.description, authority: complaintAuthority(notice, complaint.authority) })),
  };
}

/** The records of all notices, by organisation: the organisation-level record. */
export function recordIndex(organisations: readonly DeepReadonly<OrganisationDocument>[], records: readonly NoticeRecord[]): RecordIndex {
  return {
    recordType: 'index',
    schemaVersion: 2,
    organisations: organisations.map((organisation) =>
      withDefined({
        id: organisation.id,
        name: organisation.name,
        publicAuthority: organisation.publicAuthority,
        entities: organisation.entities.map(({ id, name, businessId, contact }) => withDefined({ id, name, businessId, contact })),
        dpo: dpoStatement(organisation),
        notices: records.filter((record) => record.notice.organisation === organisation.id),
      }),
    ),
  };
}

function entityRecord(notice: Notice, entity: Controller): NonNullable<Extract<NoticeRecord['controllers'], { readonly status: 'given' }>['items'][number]['entity']> {
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
