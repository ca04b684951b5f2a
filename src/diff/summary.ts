import { SIGNIFICANCES, type Change, type NoticeDiff, type Significance } from './types.ts';

/** How many changes of each significance a diff has. */
export function countBySignificance(changes: readonly Change[]): Record<Significance, number> {
  const counts = Object.fromEntries(SIGNIFICANCES.map((significance) => [significance, 0])) as Record<Significance, number>;
  for (const change of changes) counts[change.significance] += 1;
  return counts;
}

/** Whether a diff has a change of at least this significance (`minor` counts material ones too). */
export function hasChangeOf(diff: NoticeDiff, least: Significance): boolean {
  const rank = SIGNIFICANCES.indexOf(least);
  return diff.changes.some((change) => SIGNIFICANCES.indexOf(change.significance) <= rank);
}

/** Where a change is shown: in the new version where it is there, else in the old one; the file, line and column. */
export function changeLocation(diff: NoticeDiff, change: Change): { readonly file: string; readonly line: number; readonly column: number } {
  const version = change.new === undefined ? diff.old : diff.new;
  const place = change.new ?? change.old;
  return { file: change.file === 'organisation' ? version.organisationFile : version.file, line: place?.line ?? 1, column: place?.column ?? 1 };
}
