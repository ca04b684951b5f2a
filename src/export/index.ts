export { noticeRecord, recordIndex } from './record.ts';
export type { NoticeRecord, ProcessingActivity, RecordIndex } from './record-types.ts';
