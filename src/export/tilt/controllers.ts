import type { NoticeRecord } from '../record-types.ts';

/** A controller of the record as a TILT document has it: its item, its entity's id, and the key that names the document's file. */
export interface TiltController {
  /** The controller as the record names it; undefined where the record states no controllers. */
  readonly item: ControllerItem | undefined;
  /** The id of its legal entity, where the notice names one. */
  readonly entity?: string;
  /** Tells the notice's documents apart in file names: undefined for a notice's only document. */
  readonly key: string | undefined;
}

/** One controller of the record. */
export type ControllerItem = Extract<NoticeRecord['controllers'], { readonly status: 'given' }>['items'][number];

/**
 * The controllers a notice's TILT documents are made for: TILT has one
 * controller per document, so one document each; one document without a
 * controller where the notice states none. Several documents are told apart
 * by the entity's id, or `unit-<n>` for a unit named without its entity
 * (`<entity>-<n>` for an entity named twice).
 */
export function tiltControllerKeys(record: NoticeRecord): TiltController[] {
  const items = record.controllers.status === 'given' ? record.controllers.items : [];
  if (items.length === 0) return [{ item: undefined, key: undefined }];
  const entities = items.map((item) => item.entity?.id);
  return items.map((item, index) => {
    const entity = entities[index];
    // an entity named twice (two of its units) gets its position too, so that no two files share a name
    const unique = entity !== undefined && entities.indexOf(entity) === entities.lastIndexOf(entity);
    const key = items.length === 1 ? undefined : unique ? entity : `${entity ?? 'unit'}-${index + 1}`;
    return entity === undefined ? { item, key } : { item, entity, key };
  });
}
