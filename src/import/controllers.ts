import type { NoticeDocument, OrganisationDocument } from '../model/index.ts';
import type { Draft, Entity, EntityFound } from './draft.ts';
import type { Fact } from './facts/fact.ts';
import { IdSet, normalise } from './text.ts';

/** The organisation a notice is imported into: its id, and its file when it exists already. */
export interface OrganisationInput {
  readonly id: string;
  readonly existing?: OrganisationDocument;
}

/** The controllers of the draft: the entity ids the notice names, the organisation file to write when there is none yet, and what could not be matched. */
export interface ResolvedControllers {
  readonly entities: readonly string[];
  readonly organisation?: OrganisationDocument;
  /** Controllers, and their details, that the existing organisation file does not have: kept in `unplaced`. */
  readonly missing: readonly string[];
  readonly facts: readonly Fact[];
}

const simple = (name: string) => normalise(name).toLowerCase().replace(/[.,]/gu, '');

/**
 * Matches the controllers the text names with the organisation's entities.
 * With an organisation file already there, each name is looked for among its
 * entities' names; a controller, business ID, e-mail address, telephone
 * number or street it does not have is reported and kept in `unplaced`, and
 * the file is never changed. Without one, the organisation is written from
 * the text: each controller an entity (its id from its name), the details
 * given for all of them the organisation's contact, its name the first
 * controller's. The names in the translation, where there is one, are the
 * entities' names in that language when they differ.
 */
export function resolveControllers(drafts: readonly Draft[], organisation: OrganisationInput): ResolvedControllers {
  const [primary, ...others] = drafts;
  if (primary === undefined || primary.entities.length === 0) return { entities: [], missing: [], facts: [] };
  const facts: Fact[] = [];
  if (organisation.existing !== undefined) {
    const existing = organisation.existing;
    const ids: string[] = [];
    const missing: string[] = [];
    primary.entities.forEach((found, index) => {
      const names = [found, ...others.map((draft) => draft.entities[index])]
        .filter((entity): entity is EntityFound => entity !== undefined)
        .map((entity) => simple(entity.name));
      const match = existing.entities.find((entity) =>
        (typeof entity.name === 'string' ? [entity.name] : Object.values(entity.name)).some((name) => names.includes(simple(name))),
      );
      if (match === undefined) {
        missing.push(found.source);
        facts.push({
          kind: 'controller',
          value: found.name,
          confidence: 'low',
          source: found.source,
          note: 'not among the entities of organisation.yaml: add it there and to `controllers.entities`',
        });
        return;
      }
      if (!ids.includes(match.id)) ids.push(match.id);
      facts.push({
        kind: 'controller',
        value: match.id,
        confidence: 'high',
        source: found.source,
        pointer: `/controllers/entities/${String(ids.indexOf(match.id))}`,
      });
    });
    const known = JSON.stringify(existing).toLowerCase();
    for (const value of detailValues(primary)) {
      if (known.includes(value.toLowerCase())) continue;
      missing.push(value);
      facts.push({
        kind: 'controller-detail',
        value,
        confidence: 'low',
        source: value,
        note: 'not in organisation.yaml, which the import does not change: add it there if it is right',
      });
    }
    return { entities: ids, missing, facts };
  }
  const ids = new IdSet('rekisterinpitaja');
  const entities: Entity[] = primary.entities.map((found, index) => {
    const names = new Map<string, string>([[primary.language, found.name]]);
    for (const draft of others) {
      const other = draft.entities[index];
      if (other !== undefined && simple(other.name) !== simple(found.name)) names.set(draft.language, other.name);
    }
    const id = ids.take(found.name, 6);
    facts.push({ kind: 'controller', value: id, confidence: 'medium', source: found.source, pointer: `/entities/${String(index)}`, file: 'organisation' });
    return {
      id,
      name: names.size === 1 ? found.name : Object.fromEntries(names),
      ...(found.businessId === undefined ? {} : { businessId: found.businessId }),
      ...(found.contact === undefined || Object.keys(found.contact).length === 0 ? {} : { contact: found.contact }),
    };
  });
  const first = entities[0];
  const name =
    first === undefined
      ? {}
      : typeof first.name === 'string'
        ? Object.fromEntries(drafts.map((draft) => [draft.language, draft.entities[0]?.name ?? (first.name as string)]))
        : first.name;
  const shared = primary.sharedContact;
  const document: OrganisationDocument = {
    id: organisation.id,
    name: name as OrganisationDocument['name'],
    ...(shared === undefined || Object.keys(shared).length === 0 ? {} : { contact: shared }),
    entities: entities as OrganisationDocument['entities'],
  };
  return { entities: entities.map((entity) => entity.id), organisation: document, missing: [], facts };
}

/** The values of the controllers' details a text gives: business IDs, e-mail addresses, telephone numbers, streets, postal codes. */
function detailValues(draft: Draft): string[] {
  const values: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') values.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  for (const entity of draft.entities) {
    if (entity.businessId !== undefined) values.push(entity.businessId);
    visit(entity.contact);
  }
  visit(draft.sharedContact);
  return [...new Set(values)];
}

/** The notice's `controllers`, with the entity ids and how the notice refers to them. */
export function controllersPart(parts: NoticeDocument['controllers'], entities: readonly string[]): NoticeDocument['controllers'] {
  if (entities.length === 0)
    return parts?.referredToAs === undefined && parts?.jointControllership === undefined
      ? undefined
      : {
          ...(parts.referredToAs === undefined ? {} : { referredToAs: parts.referredToAs }),
          ...(parts.jointControllership === undefined ? {} : { jointControllership: parts.jointControllership }),
        };
  return {
    entities: entities as [string, ...string[]],
    ...(parts?.referredToAs === undefined ? {} : { referredToAs: parts.referredToAs }),
    ...(parts?.jointControllership === undefined ? {} : { jointControllership: parts.jointControllership }),
  };
}
