import { allValues, emailsOf, phonesOf, type ContactDetails, type LocalizedText } from '../../model/index.ts';
import { dpvFile, siteAddress } from '../addresses.ts';
import type { GivenIn, NoticeRecord, ProcessingActivity, RecordLawReference } from '../record-types.ts';
import { recordAt } from '../record.ts';
import { addressIn } from '../texts.ts';
import { applicability, DPV_CONTEXT, ref, withValues, type JsonLd, type JsonLdNode } from './context.ts';
import { dpvTerms, type Vocabularies, type VocabularyName } from './vocabulary-mapping.ts';

/** Where the DPV document is published: with a site address, the document and the notice's pages get full addresses. */
export interface DpvOptions {
  readonly siteUrl?: string;
}

type RightItem = Extract<NoticeRecord['rights'], { readonly status: 'given' }>['items'][number];
type Entity = NonNullable<Extract<NoticeRecord['controllers'], { readonly status: 'given' }>['items'][number]['entity']>;

/**
 * The record of processing of one notice as W3C Data Privacy Vocabulary
 * (DPV 2.2) JSON-LD: a `dpv:ROPA` with the notice's controllers, DPO,
 * representative, rights and security measures, and one `dpv:Process` per
 * processing activity with its purpose, legal bases, personal data, data
 * subjects, sources, recipients, transfers (with their mechanisms) and
 * retention (`dpv:StorageDuration`). Vocabulary values become the DPV terms
 * of src/export/dpv/mapping.json; texts keep every language, tagged. What
 * the notice says there is none of is `dpv:NotApplicable`, what it is silent
 * on `dpv:UnknownApplicability`. Nodes inside the document are blank nodes
 * (`_:…`); the document itself has the address it is published at, where
 * the site address is known.
 */
export function dpvDocument(published: NoticeRecord, options: DpvOptions = {}): JsonLdNode {
  const record = options.siteUrl === undefined ? published : recordAt(published, options.siteUrl);
  const { notice } = record;
  const rights = record.rights.status === 'given' ? record.rights.items : [];
  const measures = record.securityMeasures.status === 'given' ? record.securityMeasures.items : [];
  return withValues({
    '@context': DPV_CONTEXT,
    '@id': options.siteUrl === undefined ? undefined : siteAddress(dpvFile(notice.id), options.siteUrl),
    '@type': 'dpv:ROPA',
    identifier: notice.id,
    title: notice.title ?? notice.registerName,
    modified: notice.lastUpdated,
    page: options.siteUrl === undefined ? undefined : Object.values(notice.pages),
    'dpv:hasDataController': controllerNodes(record),
    'dpv:hasJointDataControllers': jointControllers(record),
    'dpv:hasDataProtectionOfficer': dpoNode(record),
    'dpv:hasRepresentative':
      record.representative.status === 'given'
        ? entityNode('dpv:Representative', record.representative.value, notice.languages)
        : applicability('dpv:Representative', 'not-stated'),
    'dpv:hasContact': record.contacts.status === 'given' ? record.contacts.items.flatMap((contact) => contactValues(contact)) : undefined,
    'dpv:hasRight':
      record.rights.status === 'given' ? rights.map((item, index) => rightNode(item, index)) : applicability('dpv:DataSubjectRight', 'not-stated'),
    'dpv:hasTechnicalOrganisationalMeasure':
      record.securityMeasures.status === 'given'
        ? [...measures.map(measureNode), ...describedOnly('dpv:TechnicalOrganisationalMeasure', measures, record.securityMeasures.description)]
        : applicability('dpv:TechnicalOrganisationalMeasure', 'not-stated'),
    'dpv:hasContext': automatedDecisions(record),
    'dpv:hasAuthority': complaintAuthority(record),
    'dpv:hasProcess': record.processingActivities.map((activity) => processNode(record, activity)),
  });
}

/** The notice's controllers, each a blank node the processes refer to. */
function controllerNodes(record: NoticeRecord): JsonLd {
  if (record.controllers.status !== 'given') return applicability('dpv:DataController', 'not-stated');
  return record.controllers.items.map((item, index) =>
    withValues({
      '@id': controllerId(index),
      ...(item.entity === undefined ? { '@type': 'dpv:DataController' } : entityNode('dpv:DataController', item.entity, record.notice.languages)),
      'dpv:hasOrganisationalUnit': item.unit === undefined ? undefined : { '@type': 'dpv:OrganisationalUnit', name: item.unit },
    }),
  );
}

function controllerId(index: number): string {
  return `_:controller-${index + 1}`;
}

function jointControllers(record: NoticeRecord): JsonLd | undefined {
  if (record.controllers.status !== 'given' || record.controllers.jointControllership === undefined) return undefined;
  const { arrangement, parties } = record.controllers.jointControllership;
  return withValues({
    '@type': 'dpv:JointDataControllers',
    'dpv:hasDataController': record.controllers.items.map((_, index) => ref(controllerId(index))),
    description: arrangement,
    comment: parties,
  });
}

/** A legal entity or person with its name, business ID and contact details. */
function entityNode(
  type: string,
  entity: { readonly name?: Entity['name']; readonly businessId?: string; readonly contact?: ContactDetails },
  languages: readonly string[],
): JsonLdNode {
  const address = entity.contact?.postalAddress ?? entity.contact?.visitingAddress;
  return withValues({
    '@type': type,
    name: entity.name,
    identifier: entity.businessId,
    address: address === undefined ? undefined : Object.fromEntries(languages.map((lang) => [lang, addressIn(address, lang, languages)])),
    'dpv:hasContact': entity.contact === undefined ? undefined : contactValues(entity.contact),
  });
}

/** E-mail addresses (as `mailto:`), telephone numbers and web addresses of contact details, every language's. */
function contactValues(contact: Pick<ContactDetails, 'email' | 'phone' | 'website' | 'form'>): string[] {
  const values = [
    ...emailsOf(contact).flatMap(({ value }) => allValues(value).map((email) => `mailto:${email.value}`)),
    ...phonesOf(contact).flatMap(({ value }) => allValues(value).map((phone) => phone.value)),
    ...[contact.website, contact.form].flatMap((url) => (url === undefined ? [] : allValues(url).map((address) => address.value))),
  ];
  return [...new Set(values)];
}

function dpoNode(record: NoticeRecord): JsonLd {
  const { dpo } = record;
  if (dpo.status !== 'given') return applicability('dpv:DataProtectionOfficer', dpo.status, dpo.status === 'none' ? dpo.description : undefined);
  return withValues({ ...entityNode('dpv:DataProtectionOfficer', dpo.value, record.notice.languages), label: dpo.value.role });
}

/** A right as the notice lists it: its GDPR article in DPV, its words, and `dpv:NotApplicable` where the notice says it does not apply. */
function rightNode(item: RightItem, index: number): JsonLdNode {
  return withValues({
    '@id': `_:right-${index + 1}`,
    '@type': ['dpv:DataSubjectRight', ...termsOf('right', item.covers)],
    label: item.label,
    description: item.description,
    comment: item.conditions,
    'dpv:hasApplicability': item.applies === false ? ref('dpv:NotApplicable') : undefined,
  });
}

function measureNode(measure: Vocabularies['securityMeasure']): JsonLdNode {
  return { '@id': `_:measure-${measure}`, '@type': ['dpv:TechnicalOrganisationalMeasure', ...dpvTerms('securityMeasure', measure)] };
}

/** A node with only the notice's words, where a statement has words but no items. */
function describedOnly(type: string, items: readonly unknown[], description: LocalizedText | undefined): JsonLdNode[] {
  return items.length === 0 && description !== undefined ? [{ '@type': type, description }] : [];
}

/** Automated decisions and profiling: in use, not in use (`dpv:NotApplicable`), or not stated. */
function automatedDecisions(record: NoticeRecord): JsonLd {
  const adm = record.automatedDecisionMaking;
  if (adm.status !== 'given') return [applicability('dpv:AutomatedDecisionMaking', 'not-stated'), applicability('dpv:Profiling', 'not-stated')];
  const fact = (type: string, value: typeof adm.profiling, words: JsonLd | undefined) =>
    value.status === 'not-stated'
      ? applicability(type, 'not-stated')
      : value.value
        ? withValues({ '@type': type, description: words })
        : applicability(type, 'none');
  return [fact('dpv:AutomatedDecisionMaking', adm.automatedDecisions, adm.logic), fact('dpv:Profiling', adm.profiling, undefined)].map((node) =>
    withValues({ ...node, comment: adm.description }),
  );
}

/** The supervisory authority, only where the notice asks for its details. */
function complaintAuthority(record: NoticeRecord): JsonLd | undefined {
  if (record.complaint.status !== 'given' || record.complaint.authority === undefined) return undefined;
  const { name, contact } = record.complaint.authority;
  return entityNode('dpv:DataProtectionAuthority', { name, contact }, record.notice.languages);
}

/** One processing activity as a `dpv:Process`. */
function processNode(record: NoticeRecord, activity: ProcessingActivity): JsonLdNode {
  return withValues({
    '@id': `_:process-${activity.id ?? 'register'}`,
    '@type': 'dpv:Process',
    identifier: activity.id,
    'dpv:hasPurpose': withValues({
      '@type': ['dpv:Purpose', ...termsOf('purposeKind', activity.purposeKinds)],
      title: activity.name,
      label: activity.label,
      description: activity.description,
    }),
    'dpv:hasDataController': record.controllers.status === 'given' ? record.controllers.items.map((_, index) => ref(controllerId(index))) : undefined,
    'dpv:hasLegalBasis': legalBasisNodes(activity.legalBasis),
    'dpv:hasPersonalData': statementNodes(activity.dataCategories, 'dpv:PersonalData', (category) =>
      withValues({
        '@id': `_:data-${category.id}`,
        '@type': [category.specialCategory ? 'dpv:SpecialCategoryPersonalData' : 'dpv:PersonalData', ...termsOf('dataCategoryKind', category.kinds ?? [])],
        identifier: category.id,
        label: category.label,
        description: category.description,
      }),
    ),
    'dpv:hasDataSubject': statementNodes(activity.dataSubjects, 'dpv:DataSubject', (group) =>
      withValues({
        '@id': `_:subjects-${group.id}`,
        '@type': ['dpv:DataSubject', ...termsOf('dataSubjectKind', group.kinds ?? [])],
        identifier: group.id,
        label: group.label,
        description: group.description,
      }),
    ),
    'dpv:hasDataSource': statementNodes(activity.sources, 'dpv:DataSource', (source) =>
      withValues({
        '@id': `_:source-${source.id}`,
        '@type': ['dpv:DataSource', ...termsOf('sourceKind', [source.kind]), ...(source.publiclyAvailable === true ? ['dpv:PublicDataSource'] : [])],
        identifier: source.id,
        label: source.label,
        description: source.description,
      }),
    ),
    'dpv:hasRecipient': statementNodes(activity.recipients, 'dpv:Recipient', (recipient) =>
      withValues({
        '@id': `_:recipient-${recipient.id}`,
        '@type': ['dpv:Recipient', ...termsOf('recipientRole', [recipient.role])],
        identifier: recipient.id,
        label: recipient.label,
        name: recipient.name,
        description: recipient.description,
        'dpv:hasCountry': recipient.country === undefined ? undefined : countryNode('dpv:Country', recipient.country),
        'dpv:hasApplicableLaw': recipient.law?.map(lawNode),
      }),
    ),
    'dpv:hasProcess': transferNodes(activity.transfers),
    'dpv:hasStorageCondition': statementNodes(activity.retention, 'dpv:StorageDuration', storageNode),
    'dpv:hasRight': rightsOf(record, activity),
    'dpv:hasTechnicalOrganisationalMeasure':
      record.securityMeasures.status === 'given' ? record.securityMeasures.items.map((measure) => ref(`_:measure-${measure}`)) : undefined,
  });
}

/** A statement's items as nodes; only its words where it has no items; `none` and silence as applicability. */
function statementNodes<Item>(
  statement:
    | { readonly status: 'given'; readonly items: readonly Item[]; readonly description?: LocalizedText }
    | { readonly status: 'none'; readonly description?: LocalizedText }
    | { readonly status: 'not-stated' },
  type: string,
  node: (item: Item) => JsonLdNode,
): JsonLd {
  if (statement.status !== 'given') return applicability(type, statement.status, statement.status === 'none' ? statement.description : undefined);
  return [...statement.items.map(node), ...describedOnly(type, statement.items, statement.description)];
}

/** The legal bases of an activity: each basis (its Art. 6(1) point and Art. 9(2) condition), and the statement's words. */
function legalBasisNodes(statement: ProcessingActivity['legalBasis']): JsonLd {
  if (statement.status !== 'given') return applicability('dpv:LegalBasis', 'not-stated');
  const { items, description } = statement;
  const only = items.length === 1;
  const nodes = items.flatMap((item) => {
    const basis = withValues({
      '@type': item.basis === undefined ? ['dpv:LegalBasis'] : [...dpvTerms('legalBasis', item.basis)],
      // the statement's words belong to its only basis; with several, they are a node of their own
      description: item.description ?? (only ? description : undefined),
      'dpv:hasJustification': item.legitimateInterest === undefined ? undefined : { '@type': 'dpv:Justification', description: item.legitimateInterest },
      'dpv:hasApplicableLaw': item.law?.map(lawNode),
      comment: item.scope?.operations,
    });
    const condition =
      item.specialCategoryCondition === undefined ? [] : [{ '@type': [...dpvTerms('specialCategoryCondition', item.specialCategoryCondition)] }];
    return [basis, ...condition];
  });
  const words = !only && description !== undefined ? [{ '@type': 'dpv:LegalBasis', description }] : [];
  return [...nodes, ...words];
}

/** A law the notice cites: `dpv:Law` with its number and the names seloste knows it by. */
function lawNode(law: RecordLawReference): JsonLdNode {
  return withValues({
    '@type': 'dpv:Law',
    identifier:
      [law.number, law.section === undefined ? undefined : `§ ${law.section}`, law.article === undefined ? undefined : `art. ${law.article}`]
        .filter((part) => part !== undefined)
        .join(' ') || undefined,
    label: law.knownAct?.names ?? law.name,
    description: law.text,
  });
}

function countryNode(type: string, code: string): JsonLdNode {
  return { '@type': type, identifier: code };
}

/** Transfers outside the EU/EEA as processes of their own (`dpv:CrossBorderTransfer`): each destination with its countries and mechanism. */
function transferNodes(statement: ProcessingActivity['transfers']): JsonLd {
  const transfer = (node: { readonly [key: string]: JsonLd | undefined }) =>
    withValues({ '@type': 'dpv:Process', 'dpv:hasProcessing': ref('dpv:CrossBorderTransfer'), ...node });
  if (statement.status === 'not-stated') return transfer({ 'dpv:hasApplicability': ref('dpv:UnknownApplicability') });
  if (statement.status === 'none') return transfer({ 'dpv:hasApplicability': ref('dpv:NotApplicable'), description: statement.description });
  const general = transfer({
    description: statement.description,
    'dpv:hasLegalBasis': (statement.mechanisms ?? []).map((mechanism) => ({ '@type': [...dpvTerms('transferMechanism', mechanism)] })),
  });
  return [
    general,
    ...statement.items.map((destination) =>
      transfer({
        'dpv:hasThirdCountry': destination.countries.map((country) => countryNode('dpv:ThirdCountry', country)),
        'dpv:hasLegalBasis': withValues({ '@type': [...dpvTerms('transferMechanism', destination.mechanism)], description: destination.safeguardsCopy }),
        'dpv:hasRecipient': destination.recipients?.map((id) => ref(`_:recipient-${id}`)),
        description: destination.description,
      }),
    ),
  ];
}

/** A time limit for erasure as `dpv:StorageDuration`: a period (`rdf:value`, an ISO 8601 duration), until events, or permanent. */
function storageNode(rule: GivenIn<'retention'>['items'][number]): JsonLdNode {
  const kinds = [
    rule.period === undefined ? undefined : 'dpv:TemporalDuration',
    rule.until === undefined ? undefined : 'dpv:UntilEventDuration',
    rule.permanent === true ? 'dpv:EndlessDuration' : undefined,
  ];
  return withValues({
    '@type': ['dpv:StorageDuration', ...kinds.filter((kind) => kind !== undefined)],
    'rdf:value': rule.period === undefined ? undefined : { '@value': rule.period, '@type': 'xsd:duration' },
    description: rule.description,
    'dpv:hasApplicableLaw': rule.law?.map(lawNode),
    'rdfs:comment': [
      ...(rule.after === undefined ? [] : [`after: ${rule.after.join(', ')}`]),
      ...(rule.until === undefined ? [] : [`until: ${rule.until.join(', ')}`]),
      ...(rule.atLatest === true ? ['at the latest'] : []),
      ...(rule.recordsManagementPlan === true ? ['as the records management plan sets'] : []),
    ],
  });
}

/** The rights that concern an activity: every right the notice lists, except those it limits to other purposes. */
function rightsOf(record: NoticeRecord, activity: ProcessingActivity): JsonLd | undefined {
  if (record.rights.status !== 'given') return undefined;
  return record.rights.items.flatMap((item, index) => {
    const purposes = item.appliesTo?.purposes;
    return purposes === undefined || activity.id === undefined || purposes.includes(activity.id) ? [ref(`_:right-${index + 1}`)] : [];
  });
}

/** Every DPV term of some values of a vocabulary, once each. */
function termsOf<Name extends VocabularyName>(vocabulary: Name, values: readonly Vocabularies[Name][]): string[] {
  return [...new Set(values.flatMap((value) => dpvTerms(vocabulary, value)))];
}
