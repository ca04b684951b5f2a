export { noticeRecord, recordIndex } from './record.ts';
export type { GivenIn, NoneStatement, NoticeRecord, NotStatedStatement, ProcessingActivity, RecordIndex, RecordLawReference } from './record-types.ts';
