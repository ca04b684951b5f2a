import { purposeDataCategories, purposeDataSubjects, purposeRecipients, purposeSources, stated, type Notice } from '../model/index.ts';
import type { DataCategory, Purpose, Recipient, RetentionRule } from '../model/vocabulary.ts';
import type { GivenIn, ProcessingActivity } from './record-types.ts';
import { withDefined } from './defined.ts';
import { lawReferencesRecord } from './law-reference.ts';
import { legalBasisStatement } from './legal-basis.ts';
import { NOT_STATED, noneStatement, statementOf } from './statement.ts';

/**
 * One processing activity of the record: a purpose with its legal basis,
 * data subjects, data, sources, recipients, transfers and time limits, each
 * with its state. Without a purpose (`undefined`, for a notice that states
 * none), the activity holds what the notice states for the register as a whole.
 */
export function processingActivity(notice: Notice, purpose: Purpose | undefined, index: number | undefined): ProcessingActivity {
  const { document } = notice;
  return withDefined({
    id: purpose?.id,
    name: purpose?.name,
    label: purpose?.short,
    description: purpose?.description,
    purposeKinds: purpose?.kinds ?? [],
    directMarketing: purpose?.directMarketing,
    legalBasis: legalBasisStatement(notice, index),
    provision: provisionStatement(notice, purpose),
    dataSubjects: statementOf(document.dataSubjects, (section) =>
      withDefined({
        status: 'given' as const,
        items: purpose === undefined ? (section.groups ?? []) : purposeDataSubjects(notice, purpose),
        description: section.description,
      }),
    ),
    dataCategories: statementOf(document.dataCategories, (section) =>
      withDefined({
        status: 'given' as const,
        items: (purpose === undefined ? (section.items ?? []) : purposeDataCategories(notice, purpose)).map(dataCategoryRecord),
        description: section.description,
      }),
    ),
    sources: statementOf(document.sources, (section) =>
      withDefined({
        status: 'given' as const,
        items: purpose === undefined ? (section.items ?? []) : purposeSources(notice, purpose),
        description: section.description,
      }),
    ),
    recipients: statementOf(
      document.recipients,
      (section) =>
        withDefined({
          status: 'given' as const,
          items: (purpose === undefined ? (section.items ?? []) : purposeRecipients(notice, purpose)).map(recipientRecord),
          notDisclosedFor: section.notDisclosedFor,
          description: section.description,
        }),
      (section) => withDefined({ ...noneStatement(section.description), notDisclosedFor: section.notDisclosedFor }),
    ),
    transfers: transfersStatement(notice, purpose),
    retention: statementOf(document.retention, (section) =>
      withDefined({
        status: 'given' as const,
        items: (section.rules ?? []).filter((rule) => appliesToPurpose(notice, rule, purpose)).map(retentionRuleRecord),
        description: section.note,
      }),
    ),
  });
}

/** Whether the data must be provided: the purpose's own statement, else the notice's for all purposes. */
function provisionStatement(notice: Notice, purpose: Purpose | undefined): ProcessingActivity['provision'] {
  return statementOf(stated(purpose?.provision) ?? notice.document.provision, (provision) =>
    withDefined({ status: 'given' as const, value: provision.requirement, consequences: provision.consequences, description: provision.description }),
  );
}

function dataCategoryRecord(category: DataCategory): GivenIn<'dataCategories'>['items'][number] {
  return withDefined({
    id: category.id,
    label: category.label,
    kinds: category.kinds,
    specialCategory: (category.kinds ?? []).some((kind) => kind.startsWith('special.') || kind === 'criminal'),
    collectedWithConsent: category.collectedWithConsent,
    nationalIdentityCodeGround: category.nationalIdentityCodeGround,
    mandatory: category.mandatory,
    description: category.description,
  });
}

function recipientRecord(recipient: Recipient): GivenIn<'recipients'>['items'][number] {
  const { id, label, role, name, country, law, regularity, description } = recipient;
  return withDefined({ id, label, role, name, country, law: lawReferencesRecord(law), regularity, description });
}

function retentionRuleRecord(rule: RetentionRule): GivenIn<'retention'>['items'][number] {
  const { period, until, after, atLatest, permanent, recordsManagementPlan, law, description, appliesTo } = rule;
  return withDefined({ period, until, after, atLatest, permanent, recordsManagementPlan, law: lawReferencesRecord(law), description, appliesTo });
}

/**
 * The notice's statement on transfers: `none` where it says no data leave
 * the EU/EEA; else the transfers that concern the activity (to one of its
 * recipients, or naming no recipient).
 */
function transfersStatement(notice: Notice, purpose: Purpose | undefined): ProcessingActivity['transfers'] {
  const transfers = stated(notice.document.transfers);
  if (transfers === undefined) return NOT_STATED;
  if (transfers.outsideEea === 'none') return noneStatement(transfers.description);
  const recipients = purpose === undefined ? undefined : new Set(purposeRecipients(notice, purpose).map((recipient) => recipient.id));
  const concerns = (ids: readonly string[] | undefined): boolean => recipients === undefined || ids === undefined || ids.some((id) => recipients.has(id));
  return withDefined({
    status: 'given' as const,
    outsideEea: transfers.outsideEea,
    regularity: transfers.regularity,
    mechanisms: transfers.mechanisms,
    items: (transfers.destinations ?? []).filter((destination) => concerns(destination.recipients)),
    description: transfers.description,
  });
}

/** Whether a retention rule covers a purpose: a general rule covers all; a specific one names the purpose or its data or data subjects. Every rule covers the register as a whole. */
function appliesToPurpose(notice: Notice, rule: RetentionRule, purpose: Purpose | undefined): boolean {
  const scope = rule.appliesTo;
  if (scope === undefined || purpose === undefined) return true;
  if (scope.purposes?.includes(purpose.id) === true) return true;
  const categories = purposeDataCategories(notice, purpose).map((category) => category.id);
  if (scope.dataCategories?.some((id) => categories.includes(id)) === true) return true;
  const subjects = purposeDataSubjects(notice, purpose).map((group) => group.id);
  return scope.dataSubjects?.some((id) => subjects.includes(id)) === true;
}
