import { closestMatch, code, expectedOneOf, listOf, type Diagnostic, type Position } from '../diagnostics/index.ts';
import { childPointer, diagnosticAt } from '../source/index.ts';
import type { NoticeDocument, OrganisationDocument } from './generated/schema-types.ts';
import { basesOf } from './legal-bases.ts';
import type { ControllerEntry, DeepReadonly, Located, Notice, Organisation, SourceFile } from './types.ts';

/** A collection of things with ids in one document, and where each was declared. */
interface IdCollection {
  /** What the ids name, for messages: `data category`. */
  readonly noun: string;
  /** The same, for many: `data categories`. */
  readonly plural: string;
  /** Pointer of the list that declares them. */
  readonly listPointer: string;
  readonly items: readonly { readonly id: string }[] | undefined;
}

/** A place where a document names an id of a collection. */
interface Reference {
  readonly pointer: string;
  readonly id: string;
}

/**
 * Checks an organisation's own ids: each entity id once.
 */
export function checkOrganisation(document: DeepReadonly<OrganisationDocument>, source: Located): Diagnostic[] {
  return duplicateIds({ noun: 'entity', plural: 'entities', listPointer: '/entities', items: document.entities }, source);
}

/**
 * Resolves a schema-valid notice against the organisations beside it: the
 * organisation it names, its controllers, and every id one part of the notice
 * uses to refer to another (a purpose naming a data category, a transfer
 * naming a recipient). Unknown and duplicate ids are diagnostics; the notice
 * is returned only when there are none.
 *
 * `organisationsBeside` are only the organisations whose file is in the
 * notice's folder (the caller chooses them; see project/load-project.ts): a
 * notice names its organisation, but belongs to the one beside it.
 */
export function resolveNotice(
  document: DeepReadonly<NoticeDocument>,
  source: SourceFile,
  organisationsBeside: readonly Organisation[],
  contentHash: (organisation: Organisation) => string,
): { notice?: Notice; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const organisation = organisationsBeside.find((candidate) => candidate.id === document.organisation);
  if (organisation === undefined) {
    const known = organisationsBeside.map((candidate) => candidate.id);
    const message =
      known.length === 0
        ? `Unknown organisation ${code(document.organisation)}: no organisation.yaml was found beside this notice; create one with \`id: ${document.organisation}\``
        : closestMatch(document.organisation, known) === undefined
          ? `Unknown organisation ${code(document.organisation)}: the organisation.yaml beside this notice has the id ${listOf(known)}; write that id here, or move the notice to its organisation's folder`
          : `Unknown organisation ${code(document.organisation)}${expectedOneOf(document.organisation, known)}, the id of the organisation.yaml beside this notice`;
    diagnostics.push(diagnosticAt(source, '/organisation', 'unknown-reference', message));
  }

  const collections = noticeCollections(document);
  for (const collection of Object.values(collections)) diagnostics.push(...duplicateIds(collection, source));

  const check = (collection: IdCollection, references: readonly Reference[]): void => {
    const known = (collection.items ?? []).map((item) => item.id);
    for (const reference of references) {
      if (known.includes(reference.id)) continue;
      const message =
        known.length === 0
          ? `Unknown ${collection.noun} ${code(reference.id)}: the notice defines no ${collection.plural} (\`${collection.listPointer.slice(1).replaceAll('/', '.')}\`)`
          : `Unknown ${collection.noun} ${code(reference.id)}${expectedOneOf(reference.id, known)}`;
      diagnostics.push(diagnosticAt(source, reference.pointer, 'unknown-reference', message));
    }
  };

  const entries = controllerEntries(document);
  if (organisation !== undefined) {
    check(
      { noun: 'entity', plural: 'entities', listPointer: '/entities', items: organisation.document.entities },
      entries.flatMap((entry) => (entry.entityId === undefined ? [] : [{ id: entry.entityId, pointer: entry.entityPointer }])),
    );
    const contactPoint = document.controllers?.jointControllership?.contactPoint;
    if (typeof contactPoint === 'string') {
      check(
        { noun: 'controller', plural: 'controllers', listPointer: '/controllers/entities', items: entries.flatMap((entry) => (entry.entityId === undefined ? [] : [{ id: entry.entityId }])) },
        [{ id: contactPoint, pointer: '/controllers/jointControllership/contactPoint' }],
      );
    }
  }

  document.purposes?.items?.forEach((purpose, index) => {
    const base = `/purposes/items/${index}`;
    check(collections.dataSubjects, referencesIn(purpose.dataSubjects, `${base}/dataSubjects`));
    check(collections.dataCategories, referencesIn(purpose.dataCategories, `${base}/dataCategories`));
    check(collections.sources, referencesIn(purpose.sources, `${base}/sources`));
    check(collections.recipients, referencesIn(purpose.recipients, `${base}/recipients`));
  });
  document.sources?.items?.forEach((item, index) => {
    check(collections.dataCategories, referencesIn(item.dataCategories, `/sources/items/${index}/dataCategories`));
  });
  document.transfers?.destinations?.forEach((destination, index) => {
    check(collections.recipients, referencesIn(destination.recipients, `/transfers/destinations/${index}/recipients`));
  });
  document.dataSubjects?.groups?.forEach((group, index) => {
    check(collections.dataCategories, referencesIn(group.dataCategories, `/dataSubjects/groups/${index}/dataCategories`));
    check(collections.sources, referencesIn(group.sources, `/dataSubjects/groups/${index}/sources`));
  });
  const checkBasis = (statement: DeepReadonly<NoticeDocument>['legalBasis'], pointer: string): void => {
    if (statement === undefined) return;
    for (const { entry, pointer: at } of basesOf(statement, pointer)) {
      check(collections.dataCategories, referencesIn(entry.scope?.dataCategories, `${at}/scope/dataCategories`));
      check(collections.dataSubjects, referencesIn(entry.scope?.dataSubjects, `${at}/scope/dataSubjects`));
    }
  };
  checkBasis(document.legalBasis, '/legalBasis');
  document.purposes?.items?.forEach((purpose, index) => checkBasis(purpose.legalBasis, `/purposes/items/${index}/legalBasis`));
  document.rights?.items?.forEach((item, index) => {
    check(collections.purposes, referencesIn(item.appliesTo?.purposes, `/rights/items/${index}/appliesTo/purposes`));
    check(collections.dataSubjects, referencesIn(item.appliesTo?.dataSubjects, `/rights/items/${index}/appliesTo/dataSubjects`));
  });
  document.retention?.rules?.forEach((rule, index) => {
    const base = `/retention/rules/${index}/appliesTo`;
    check(collections.purposes, referencesIn(rule.appliesTo?.purposes, `${base}/purposes`));
    check(collections.dataCategories, referencesIn(rule.appliesTo?.dataCategories, `${base}/dataCategories`));
    check(collections.dataSubjects, referencesIn(rule.appliesTo?.dataSubjects, `${base}/dataSubjects`));
  });

  if (diagnostics.length > 0 || organisation === undefined) return { diagnostics };
  const resolved = entries.map((entry) => ({
    ...(entry.entityId === undefined ? {} : { entity: organisation.document.entities.find((entity) => entity.id === entry.entityId) }),
    ...(entry.unit === undefined ? {} : { unit: entry.unit }),
    pointer: entry.pointer,
  })) as ControllerEntry[];
  const controllers = resolved.flatMap((entry) => (entry.entity === undefined ? [] : [entry.entity]));
  return {
    notice: { id: document.id, document, organisation, controllers, controllerEntries: resolved, languages: document.languages, source, contentHash: contentHash(organisation) },
    diagnostics,
  };
}

/** Where a notice's id is written: enough to report it without the notice's source map. */
export interface NoticeIdPlace {
  readonly id: string;
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
}

/** Where a notice states its id. */
export function noticeIdPlace(notice: Notice): NoticeIdPlace {
  const { start, end } = notice.source.sourceMap.locate('/id');
  return { id: notice.id, file: notice.source.file, start, end };
}

/**
 * Finds notices that share an id, in any organisation: their pages
 * (`/<language>/<id>/`) and records would overwrite each other. The first
 * keeps the id; each later one is reported.
 */
export function duplicateNoticeIds(places: readonly NoticeIdPlace[]): Diagnostic[] {
  const first = new Map<string, NoticeIdPlace>();
  const diagnostics: Diagnostic[] = [];
  for (const place of places) {
    const earlier = first.get(place.id);
    if (earlier === undefined) {
      first.set(place.id, place);
      continue;
    }
    diagnostics.push({ ruleId: 'duplicate-id', severity: 'error', message: `Duplicate notice id ${code(place.id)}: ${earlier.file} uses it too; give each notice its own id`, file: place.file, pointer: '/id', start: place.start, end: place.end });
  }
  return diagnostics;
}

/** The controllers as the notice names them: an entity's id, a unit, or both. */
function controllerEntries(document: DeepReadonly<NoticeDocument>) {
  return (document.controllers?.entities ?? []).map((entry, index) => {
    const pointer = `/controllers/entities/${index}`;
    if (typeof entry === 'string') return { entityId: entry, entityPointer: pointer, pointer, unit: undefined };
    return { entityId: entry.entity, entityPointer: `${pointer}/entity`, pointer, unit: entry.unit };
  });
}

function noticeCollections(document: DeepReadonly<NoticeDocument>) {
  return {
    purposes: { noun: 'purpose', plural: 'purposes', listPointer: '/purposes/items', items: document.purposes?.items },
    dataSubjects: { noun: 'data subject group', plural: 'data subject groups', listPointer: '/dataSubjects/groups', items: document.dataSubjects?.groups },
    dataCategories: { noun: 'data category', plural: 'data categories', listPointer: '/dataCategories/items', items: document.dataCategories?.items },
    sources: { noun: 'source', plural: 'sources', listPointer: '/sources/items', items: document.sources?.items },
    recipients: { noun: 'recipient', plural: 'recipients', listPointer: '/recipients/items', items: document.recipients?.items },
  } satisfies Record<string, IdCollection>;
}

function duplicateIds(collection: IdCollection, source: Located): Diagnostic[] {
  const firstIndex = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  collection.items?.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    const firstLine = source.sourceMap.locate(`${collection.listPointer}/${first}/id`).start.line;
    diagnostics.push(
      diagnosticAt(source, `${collection.listPointer}/${index}/id`, 'duplicate-id', `Duplicate ${collection.noun} id ${code(item.id)}: line ${firstLine} uses it too; give each ${collection.noun} its own id`),
    );
  });
  return diagnostics;
}

function referencesIn(ids: readonly string[] | undefined, pointer: string): Reference[] {
  return (ids ?? []).map((id, index) => ({ id, pointer: childPointer(pointer, index) }));
}
