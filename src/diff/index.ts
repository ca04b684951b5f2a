export { diffNotices } from './diff-notices.ts';
export { describeChange } from './describe.ts';
export { formatDiffText } from './format-text.ts';
export { diffToJson, DIFF_SCHEMA_VERSION } from './to-json.ts';
export type { DiffJson } from './to-json.ts';
export { diffToMdast } from './to-mdast.ts';
export { changeHistory, newChangeNotes, versionChanges } from './history.ts';
export type { ChangeNote, HistoryEntry, NoticeVersion, VersionChanges } from './history.ts';
export { changeLocation, countBySignificance, hasChangeOf } from './summary.ts';
export { compareDurations, parseDuration } from './duration.ts';
export type { Duration } from './duration.ts';
export { wordDiff } from './word-diff.ts';
export { CHANGE_KINDS, SIGNIFICANCES } from './types.ts';
export type {
  BasisValue,
  Change,
  ChangeKind,
  ChangePlace,
  ChangeValue,
  NamedItem,
  NoticeDiff,
  RetentionValue,
  Significance,
  VersionInfo,
  WordChange,
} from './types.ts';
