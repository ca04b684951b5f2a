import type { LocaleTexts } from '../i18n/index.ts';
import { describeChange } from './describe.ts';
import { changeLocation, countBySignificance } from './summary.ts';
import type { NoticeDiff, Significance, WordChange } from './types.ts';

/** The mark of each significance in the summary's bars: `!` material, `~` minor, `.` editorial. */
const MARKS: Readonly<Record<Significance, string>> = { material: '!', minor: '~', editorial: '.' };

/** The longest bar of the summary; longer ones are scaled down. */
const BAR = 40;

/** How much unchanged text a word-level change line shows on either side of a change. */
const CONTEXT = 30;

/**
 * A diff as text, as `git diff --stat` then one line per change: the
 * versions compared, each section with how many changes and a bar of their
 * significance (`!` material, `~` minor, `.` editorial), a summary line, then
 * each change as `file:line:col: significance: sentence [kind]`, placed in
 * the new version (or the old one for something removed), with a text's
 * words changed on the next line as `[-deleted-]{+inserted+}`.
 */
export function formatDiffText(diff: NoticeDiff, texts: LocaleTexts): string {
  const languages = diff.new.languages;
  const sections = new Map<string, Significance[]>();
  for (const change of diff.changes) sections.set(change.section, [...(sections.get(change.section) ?? []), change.significance]);
  const width = Math.max(0, ...[...sections.keys()].map((section) => section.length));
  const longest = Math.max(0, ...[...sections.values()].map((marks) => marks.length));
  const scale = longest > BAR ? BAR / longest : 1;
  const counts = countBySignificance(diff.changes);
  const lines = [
    `${diff.id}: ${version(diff.old.file, diff.old.lastUpdated)} → ${version(diff.new.file, diff.new.lastUpdated)}`,
    ...[...sections].map(([section, marks]) => ` ${section.padEnd(width)} | ${String(marks.length).padStart(String(longest).length)} ${bar(marks, scale)}`),
    ` ${diff.changes.length === 1 ? '1 change' : `${diff.changes.length} changes`}: ${counts.material} material, ${counts.minor} minor, ${counts.editorial} editorial`,
  ];
  if (diff.changes.length > 0) lines.push('');
  for (const change of diff.changes) {
    const { file, line, column } = changeLocation(diff, change);
    lines.push(`${file}:${line}:${column}: ${change.significance}: ${describeChange(change, texts, languages)} [${change.kind}]`);
    if (change.words !== undefined) lines.push(`    ${wordLine(change.words)}`);
  }
  return `${lines.join('\n')}\n`;
}

function version(file: string, date: string | undefined): string {
  return date === undefined ? file : `${file} (${date})`;
}

function bar(marks: readonly Significance[], scale: number): string {
  const order: readonly Significance[] = ['material', 'minor', 'editorial'];
  return order.map((significance) => MARKS[significance].repeat(Math.ceil(marks.filter((mark) => mark === significance).length * scale))).join('');
}

/** A text's changed words, git's `--word-diff=plain` way, with only some unchanged text around each change; on one line. */
function wordLine(words: readonly WordChange[]): string {
  return words
    .map((word, index) => {
      const text = word.text.replace(/\s+/gu, ' ');
      if (word.op !== 'equal') {
        // white space at the edge of a change shows outside its marks: `interest {+our+} readers`
        const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? [];
        return word.op === 'delete' ? `${lead}[-${core}-]${trail}` : `${lead}{+${core}+}${trail}`;
      }
      const first = index === 0;
      const last = index === words.length - 1;
      if (text.length <= CONTEXT * 2) return first ? shorten(text, 'start') : last ? shorten(text, 'end') : text;
      return first ? shorten(text, 'start') : last ? shorten(text, 'end') : `${shorten(text, 'end')}${shorten(text, 'start').slice(1)}`;
    })
    .join('');
}

/** Unchanged text before the first change (`start`) or after the last (`end`), cut to the context shown. */
function shorten(text: string, where: 'start' | 'end'): string {
  if (text.length <= CONTEXT) return text;
  // cut at a word's edge
  if (where === 'start') return `…${text.slice(-CONTEXT).replace(/^\S*(?=\s)/u, '')}`;
  return `${text.slice(0, CONTEXT).replace(/(?<=\s)\S*$/u, '')}…`;
}
