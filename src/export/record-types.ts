import type { DeepReadonly } from '../model/index.ts';
import type * as Generated from '../model/generated/schema-types.ts';

/** The record of processing of one notice, as `schemas/record.schema.json` (version 2) defines it. */
export type NoticeRecord = DeepReadonly<Generated.NoticeRecord>;

/** One processing activity: a purpose with what Art. 30(1)(b)–(f) asks about it, each with its state. */
export type ProcessingActivity = NoticeRecord['processingActivities'][number];

/** Every notice's record, grouped by organisation. */
export type RecordIndex = DeepReadonly<Generated.RecordIndex>;

/** The record's statement for an item the notice is silent on. */
export type NotStatedStatement = Extract<NoticeRecord['securityMeasures'], { readonly status: 'not-stated' }>;

/** The record's statement for an item the notice says explicitly there is none of. */
export type NoneStatement = Extract<ProcessingActivity['transfers'], { readonly status: 'none' }>;

/** The given form of one of an activity's statements, e.g. `GivenIn<'recipients'>`. */
export type GivenIn<Key extends keyof ProcessingActivity> = Extract<ProcessingActivity[Key], { readonly status: 'given' }>;

/** A law reference in the record: as cited, with the act seloste knows. */
export type RecordLawReference = NonNullable<GivenIn<'legalBasis'>['items'][number]['law']>[number];

/** The record of the organisation's data protection officer. */
export type DpoStatement = NoticeRecord['dpo'];

/** One version of a notice in its record, with what changed since the version before (`versions`, newest first, where the site is built with a history). */
export type RecordVersion = NonNullable<NoticeRecord['versions']>[number];

/** One change between two versions of a notice, as its record gives it. */
export type RecordVersionChange = RecordVersion['changes'][number];
