import type { DeepReadonly } from '../model/index.ts';
import type * as Generated from '../model/generated/schema-types.ts';

/** The record of processing of one notice, as `schemas/record.schema.json` defines it. */
export type NoticeRecord = DeepReadonly<Generated.NoticeRecord>;

/** One processing activity: a purpose with what Art. 30(1)(b)–(f) asks about it. */
export type ProcessingActivity = NoticeRecord['processingActivities'][number];

/** Every notice's record, grouped by organisation. */
export type RecordIndex = DeepReadonly<Generated.RecordIndex>;
