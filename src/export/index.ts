export { noticeRecord, publishedFiles, recordAt, recordIndex, recordIndexAt } from './record.ts';
export type {
  GivenIn,
  NoneStatement,
  NoticeRecord,
  NotStatedStatement,
  ProcessingActivity,
  RecordIndex,
  RecordLawReference,
  RecordVersion,
  RecordVersionChange,
} from './record-types.ts';
export { dpvFile, noticePagePath, recordFile, recordSchemaAddress, SPREADSHEET_FILE, tiltFile } from './addresses.ts';
export type { NoticeSlugs } from './addresses.ts';
export { dpvDocument } from './dpv/dpv-document.ts';
export type { DpvOptions } from './dpv/dpv-document.ts';
export { DPV_MAPPING, dpvTerms, tiltTerms } from './dpv/vocabulary-mapping.ts';
export type { DpvMapping, MappingEntry, VocabularyMapping, VocabularyName } from './dpv/vocabulary-mapping.ts';
export { tiltDocuments } from './tilt/tilt-document.ts';
export type { TiltDocument, TiltExport, TiltOptions } from './tilt/tilt-document.ts';
export { CSV_LANGUAGES, csvHeader, recordCsvRows, recordsCsv, recordsTable } from './csv/records-csv.ts';
export type { CsvLanguage } from './csv/records-csv.ts';
