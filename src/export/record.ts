import {
  controllerContact,
  effectiveLegalBasis,
  purposeDataCategories,
  purposeDataSubjects,
  purposeRecipients,
  purposeSources,
  supervisoryAuthorityOf,
  type DeepReadonly,
  type LegalBasisCode,
  type Notice,
  type OrganisationDocument,
  type Purpose,
  type RetentionRule,
} from '../model/index.ts';
import type { NoticeRecord, ProcessingActivity, RecordIndex } from './record-types.ts';

const ARTICLE: Readonly<Record<LegalBasisCode, string>> = {
  consent: '6(1)(a)',
  contract: '6(1)(b)',
  'legal-obligation': '6(1)(c)',
  'vital-interests': '6(1)(d)',
  'public-task': '6(1)(e)',
  'legitimate-interests': '6(1)(f)',
};

/**
 * The record of processing (GDPR Art. 30(1)) of one notice: one processing
 * activity per purpose, each with its legal basis, data subjects, data,
 * sources, recipients, transfers and time limits, plus the notice's id, date
 * and content hash so that versions can be told apart. Every text keeps all
 * its languages.
 */
export function noticeRecord(notice: Notice): NoticeRecord {
  const { document, organisation } = notice;
  const joint = document.controllers.jointControllership;
  return {
    recordType: 'notice',
    schemaVersion: 1,
    notice: {
      id: notice.id,
      organisation: organisation.id,
      title: document.title ?? document.register.name,
      registerName: document.register.name,
      languages: notice.languages,
      lastUpdated: document.lastUpdated,
      contentHash: notice.contentHash,
    },
    controllers: notice.controllers.map((controller) => withDefined({ id: controller.id, name: controller.name, businessId: controller.businessId, contact: controllerContact(notice, controller) })),
    ...(joint === undefined ? {} : { jointControllers: withDefined({ arrangement: joint.arrangement, contactPoint: joint.contactPoint }) }),
    ...(organisation.document.dpo === undefined ? {} : { dpo: organisation.document.dpo }),
    ...(organisation.document.representative === undefined ? {} : { representative: organisation.document.representative }),
    ...(document.contacts === undefined ? {} : { contacts: document.contacts.map(({ topic, name, role, email, phone, postalAddress, form }) => withDefined({ topic, name, role, email, phone, postalAddress, form })) }),
    processingActivities: document.purposes.items.map((purpose, index) => activity(notice, purpose, index)),
    ...(document.security === undefined ? {} : { securityMeasures: withDefined({ measures: document.security.measures ?? [], description: document.security.description }) }),
    ...(document.automatedDecisionMaking === undefined
      ? {}
      : { automatedDecisionMaking: { automatedDecisions: document.automatedDecisionMaking.automatedDecisions, profiling: document.automatedDecisionMaking.profiling } }),
    supervisoryAuthority: (({ name, contact, verifiedOn }) => ({ name, contact, verifiedOn }))(supervisoryAuthorityOf(notice)),
  };
}

/** The records of all notices, by organisation: the organisation-level record. */
export function recordIndex(organisations: readonly DeepReadonly<OrganisationDocument>[], records: readonly NoticeRecord[]): RecordIndex {
  return {
    recordType: 'index',
    schemaVersion: 1,
    organisations: organisations.map((organisation) =>
      withDefined({
        id: organisation.id,
        name: organisation.name,
        publicAuthority: organisation.publicAuthority ?? false,
        entities: organisation.entities,
        dpo: organisation.dpo,
        notices: records.filter((record) => record.notice.organisation === organisation.id),
      }),
    ),
  };
}

function activity(notice: Notice, purpose: Purpose, index: number): ProcessingActivity {
  const basis = effectiveLegalBasis(notice, index);
  const provision = purpose.provision ?? notice.document.provision;
  return withDefined({
    id: purpose.id,
    name: purpose.name,
    description: purpose.description,
    purposeKinds: purpose.kinds ?? [],
    legalBasis:
      basis === undefined
        ? undefined
        : withDefined({
            basis: basis.basis.basis,
            article: ARTICLE[basis.basis.basis],
            scope: basis.scope,
            extent: basis.basis.extent ?? 'solely',
            legitimateInterest: basis.basis.legitimateInterest,
            law: basis.basis.law,
            specialCategoryCondition: basis.basis.specialCategoryCondition,
          }),
    provision: provision === undefined ? undefined : withDefined({ requirement: provision.requirement, consequences: provision.consequences }),
    directMarketing: purpose.directMarketing,
    dataSubjects: purposeDataSubjects(notice, purpose).map((group) => withDefined({ id: group.id, label: group.label, kinds: group.kinds })),
    dataCategories: purposeDataCategories(notice, purpose).map((category) =>
      withDefined({
        id: category.id,
        label: category.label,
        kinds: category.kinds,
        specialCategory: (category.kinds ?? []).some((kind) => kind.startsWith('special.') || kind === 'criminal'),
        collectedWithConsent: category.collectedWithConsent,
        nationalIdentityCodeGround: category.nationalIdentityCodeGround,
      }),
    ),
    sources: purposeSources(notice, purpose).map((source) => withDefined({ id: source.id, label: source.label, kind: source.kind, publiclyAvailable: source.publiclyAvailable, collectedWithConsent: source.collectedWithConsent })),
    recipients: purposeRecipients(notice, purpose).map((recipient) => withDefined({ id: recipient.id, label: recipient.label, role: recipient.role, name: recipient.name, country: recipient.country })),
    transfers: activityTransfers(notice, purpose),
    retention: (notice.document.retention?.rules ?? []).filter((rule) => appliesToPurpose(notice, rule, purpose)).map((rule) =>
      withDefined({ period: rule.period, until: rule.until, law: rule.law, description: rule.description, appliesTo: rule.appliesTo === undefined ? ('general' as const) : ('specific' as const) }),
    ),
  });
}

/**
 * The notice's statement on transfers, with the destinations that concern a
 * purpose: those to one of its recipients, and those that name no recipient.
 */
function activityTransfers(notice: Notice, purpose: Purpose): ProcessingActivity['transfers'] {
  const transfers = notice.document.transfers;
  if (transfers === undefined) return undefined;
  const recipients = new Set(purposeRecipients(notice, purpose).map((recipient) => recipient.id));
  const destinations = transfers.destinations?.filter((destination) => destination.recipients === undefined || destination.recipients.some((id) => recipients.has(id)));
  return withDefined({
    outsideEea: transfers.outsideEea,
    mechanisms: transfers.mechanisms,
    destinations: destinations === undefined || destinations.length === 0 ? undefined : destinations.map((destination) => withDefined({ countries: destination.countries, mechanism: destination.mechanism, recipients: destination.recipients })),
  });
}

/** Whether a retention rule covers a purpose: a general rule covers all; a specific one names the purpose or its data or data subjects. */
function appliesToPurpose(notice: Notice, rule: RetentionRule, purpose: Purpose): boolean {
  const scope = rule.appliesTo;
  if (scope === undefined) return true;
  if (scope.purposes?.includes(purpose.id) === true) return true;
  const categories = purposeDataCategories(notice, purpose).map((category) => category.id);
  if (scope.dataCategories?.some((id) => categories.includes(id)) === true) return true;
  const subjects = purposeDataSubjects(notice, purpose).map((group) => group.id);
  return scope.dataSubjects?.some((id) => subjects.includes(id)) === true;
}

/** The object without its undefined properties, so records hold no `undefined` and no empty keys. */
function withDefined<T extends object>(value: T): { [Key in keyof T]: Exclude<T[Key], undefined> } {
  const result: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) result[key] = value[key];
  return result as { [Key in keyof T]: Exclude<T[Key], undefined> };
}
