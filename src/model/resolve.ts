import { closestMatch, code, expectedOneOf, listOf, type Diagnostic, type Position } from '../diagnostics/index.ts';
import { ID_COLLECTIONS, type IdCollectionName } from '../schema/id-collections.ts';
import { diagnosticAt } from '../source/index.ts';
import type { NoticeDocument, OrganisationDocument } from './generated/schema-types.ts';
import { basesOf } from './legal-bases.ts';
import { at, collectionItems, collectionPlace, noticePointer, organisationPointer, type Place } from './places.ts';
import type { ControllerEntry, DeepReadonly, Located, Notice, Organisation, SourceFile } from './types.ts';
import type { LegalBasis } from './vocabulary.ts';

/** A collection of things with ids in one document, and where each was declared. */
interface IdCollection {
  /** What the ids name, for messages: `data category`. */
  readonly noun: string;
  /** The same, for many: `data categories`. */
  readonly plural: string;
  /** The list that declares them. */
  readonly listPointer: Place<readonly unknown[]>;
  readonly items: readonly { readonly id: string }[] | undefined;
}

/** A collection whose items the document lists itself, each with its id (not one gathered from several places). */
interface ListedCollection extends IdCollection {
  readonly listPointer: Place<readonly { readonly id: string }[]>;
}

/** A place where a document names an id of a collection. */
interface Reference {
  readonly pointer: Place<unknown>;
  readonly id: string;
}

/**
 * Checks an organisation's own ids: each entity id once.
 */
export function checkOrganisation(document: DeepReadonly<OrganisationDocument>, source: Located): Diagnostic[] {
  return duplicateIds(entityCollection(document), source);
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
    diagnostics.push(diagnosticAt(source, noticePointer('organisation'), 'unknown-reference', message));
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
      entityCollection(organisation.document),
      entries.flatMap((entry) => (entry.entityId === undefined ? [] : [{ id: entry.entityId, pointer: entry.entityPointer }])),
    );
    const contactPoint = document.controllers?.jointControllership?.contactPoint;
    if (typeof contactPoint === 'string') {
      check(
        {
          noun: 'controller',
          plural: 'controllers',
          listPointer: noticePointer('controllers', 'entities'),
          items: entries.flatMap((entry) => (entry.entityId === undefined ? [] : [{ id: entry.entityId }])),
        },
        [{ id: contactPoint, pointer: noticePointer('controllers', 'jointControllership', 'contactPoint') }],
      );
    }
  }

  document.purposes?.items?.forEach((purpose, index) => {
    const base = noticePointer('purposes', 'items', index);
    check(collections.dataSubjects, referencesIn(purpose.dataSubjects, at(base, 'dataSubjects')));
    check(collections.dataCategories, referencesIn(purpose.dataCategories, at(base, 'dataCategories')));
    check(collections.sources, referencesIn(purpose.sources, at(base, 'sources')));
    check(collections.recipients, referencesIn(purpose.recipients, at(base, 'recipients')));
  });
  document.sources?.items?.forEach((item, index) => {
    check(collections.dataCategories, referencesIn(item.dataCategories, noticePointer('sources', 'items', index, 'dataCategories')));
  });
  document.transfers?.destinations?.forEach((destination, index) => {
    check(collections.recipients, referencesIn(destination.recipients, noticePointer('transfers', 'destinations', index, 'recipients')));
  });
  document.dataSubjects?.groups?.forEach((group, index) => {
    check(collections.dataCategories, referencesIn(group.dataCategories, noticePointer('dataSubjects', 'groups', index, 'dataCategories')));
    check(collections.sources, referencesIn(group.sources, noticePointer('dataSubjects', 'groups', index, 'sources')));
  });
  const checkBasis = (statement: DeepReadonly<NoticeDocument>['legalBasis'], pointer: Place<LegalBasis>): void => {
    if (statement === undefined) return;
    for (const { entry, pointer: place } of basesOf(statement, pointer)) {
      check(collections.dataCategories, referencesIn(entry.scope?.dataCategories, at(place, 'scope', 'dataCategories')));
      check(collections.dataSubjects, referencesIn(entry.scope?.dataSubjects, at(place, 'scope', 'dataSubjects')));
    }
  };
  checkBasis(document.legalBasis, noticePointer('legalBasis'));
  document.purposes?.items?.forEach((purpose, index) => checkBasis(purpose.legalBasis, noticePointer('purposes', 'items', index, 'legalBasis')));
  document.rights?.items?.forEach((item, index) => {
    check(collections.purposes, referencesIn(item.appliesTo?.purposes, noticePointer('rights', 'items', index, 'appliesTo', 'purposes')));
    check(collections.dataSubjects, referencesIn(item.appliesTo?.dataSubjects, noticePointer('rights', 'items', index, 'appliesTo', 'dataSubjects')));
  });
  document.retention?.rules?.forEach((rule, index) => {
    const base = noticePointer('retention', 'rules', index, 'appliesTo');
    check(collections.purposes, referencesIn(rule.appliesTo?.purposes, at(base, 'purposes')));
    check(collections.dataCategories, referencesIn(rule.appliesTo?.dataCategories, at(base, 'dataCategories')));
    check(collections.dataSubjects, referencesIn(rule.appliesTo?.dataSubjects, at(base, 'dataSubjects')));
  });

  if (diagnostics.length > 0 || organisation === undefined) return { diagnostics };
  const resolved = entries.map((entry) => ({
    ...(entry.entityId === undefined ? {} : { entity: organisation.document.entities.find((entity) => entity.id === entry.entityId) }),
    ...(entry.unit === undefined ? {} : { unit: entry.unit }),
    pointer: entry.pointer,
  })) as ControllerEntry[];
  const controllers = resolved.flatMap((entry) => (entry.entity === undefined ? [] : [entry.entity]));
  let hash: string | undefined;
  return {
    notice: {
      id: document.id,
      document,
      organisation,
      controllers,
      controllerEntries: resolved,
      languages: document.languages,
      source,
      // made when first asked for (records, versions), not by validating
      get contentHash() {
        hash ??= contentHash(organisation);
        return hash;
      },
    },
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
  const { start, end } = notice.source.sourceMap.locate(noticePointer('id'));
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
    diagnostics.push({
      ruleId: 'duplicate-id',
      severity: 'error',
      message: `Duplicate notice id ${code(place.id)}: ${earlier.file} uses it too; give each notice its own id`,
      file: place.file,
      pointer: noticePointer('id'),
      start: place.start,
      end: place.end,
    });
  }
  return diagnostics;
}

/** The controllers as the notice names them: an entity's id, a unit, or both. */
function controllerEntries(document: DeepReadonly<NoticeDocument>) {
  return (document.controllers?.entities ?? []).map((entry, index) => {
    const pointer = noticePointer('controllers', 'entities', index);
    if (typeof entry === 'string') return { entityId: entry, entityPointer: pointer, pointer, unit: undefined };
    return { entityId: entry.entity, entityPointer: at(pointer, 'entity'), pointer, unit: entry.unit };
  });
}

/** The organisation's entities: the collection a notice names its controllers from. */
function entityCollection(document: DeepReadonly<OrganisationDocument>): ListedCollection {
  return { noun: 'entity', plural: 'entities', listPointer: organisationPointer('entities'), items: document.entities };
}

/** The notice's id collections (the table in schema/id-collections.ts), each with the items the notice gives. */
function noticeCollections(document: DeepReadonly<NoticeDocument>): Record<IdCollectionName, ListedCollection> {
  const names = Object.keys(ID_COLLECTIONS) as IdCollectionName[];
  return Object.fromEntries(
    names.map((name): [IdCollectionName, ListedCollection] => {
      const { noun, plural } = ID_COLLECTIONS[name];
      return [name, { noun, plural, listPointer: collectionPlace(name), items: collectionItems(document, name) }];
    }),
  ) as Record<IdCollectionName, ListedCollection>;
}

function duplicateIds(collection: ListedCollection, source: Located): Diagnostic[] {
  const firstIndex = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  collection.items?.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    const firstLine = source.sourceMap.locate(at(collection.listPointer, first, 'id')).start.line;
    diagnostics.push(
      diagnosticAt(
        source,
        at(collection.listPointer, index, 'id'),
        'duplicate-id',
        `Duplicate ${collection.noun} id ${code(item.id)}: line ${firstLine} uses it too; give each ${collection.noun} its own id`,
      ),
    );
  });
  return diagnostics;
}

function referencesIn(ids: readonly string[] | undefined, pointer: Place<readonly string[]>): Reference[] {
  return (ids ?? []).map((id, index) => ({ id, pointer: at(pointer, index) }));
}
