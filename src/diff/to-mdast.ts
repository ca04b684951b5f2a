import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { LocaleTexts } from '../i18n/index.ts';
import { valueIn } from '../model/index.ts';
import { describeChange } from './describe.ts';
import { changeLocation } from './summary.ts';
import { SIGNIFICANCES, type Change, type NoticeDiff, type WordChange } from './types.ts';

/**
 * A diff as an mdast tree, in the locale of `texts`, for Markdown (the
 * render layer's `toMarkdown`) or HTML: a heading with the notice's title,
 * the versions' dates, then the changes grouped by significance, most
 * significant first, each as its sentence and where it is; a change of
 * wording shows the text before and now, the words that changed in bold.
 */
export function diffToMdast(diff: NoticeDiff, texts: LocaleTexts): Root {
  const languages = diff.new.languages;
  const title = diff.title === undefined ? diff.id : (valueIn(diff.title, texts.locale, languages)?.value ?? diff.id);
  const date = (value: string | undefined) => (value === undefined ? texts.t('diff.undated') : texts.formatDate(value));
  const children: RootContent[] = [
    { type: 'heading', depth: 2, children: [text(texts.t('diff.heading', { title }))] },
    { type: 'paragraph', children: [text(texts.t('diff.versions', { from: date(diff.old.lastUpdated), to: date(diff.new.lastUpdated) }))] },
  ];
  if (diff.changes.length === 0) children.push({ type: 'paragraph', children: [text(texts.t('diff.none'))] });
  for (const significance of SIGNIFICANCES) {
    const changes = diff.changes.filter((change) => change.significance === significance);
    if (changes.length === 0) continue;
    children.push({ type: 'heading', depth: 3, children: [text(texts.t(`diff.significance.${significance}`))] });
    const list: List = { type: 'list', ordered: false, spread: false, children: changes.map((change) => changeItem(diff, change, texts)) };
    children.push(list);
  }
  return { type: 'root', children };
}

function changeItem(diff: NoticeDiff, change: Change, texts: LocaleTexts): ListItem {
  const { file, line } = changeLocation(diff, change);
  const sentence: PhrasingContent[] = [text(`${describeChange(change, texts, diff.new.languages)} `), { type: 'inlineCode', value: `${file}:${line}` }];
  const children: ListItem['children'] = [{ type: 'paragraph', children: sentence }];
  if (change.words !== undefined) {
    children.push({
      type: 'paragraph',
      children: [
        text(`${texts.t('diff.before')}: `),
        ...side(change.words, 'delete'),
        { type: 'break' },
        text(`${texts.t('diff.after')}: `),
        ...side(change.words, 'insert'),
      ],
    });
  }
  return { type: 'listItem', spread: false, children };
}

/** One side of a change of wording: the text before (kept and deleted words) or now (kept and inserted), the changed words in bold. */
function side(words: readonly WordChange[], op: 'delete' | 'insert'): PhrasingContent[] {
  const shown = words.filter((word) => word.op === 'equal' || word.op === op);
  if (!shown.some((word) => word.op === op) && shown.every((word) => word.text.trim() === '')) return [text('—')];
  return shown.flatMap((word): PhrasingContent[] => {
    if (word.op === 'equal') return [text(word.text)];
    // white space at the edge of a change stays outside the bold, where Markdown can hold it
    const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(word.text) ?? [];
    return [
      ...(lead === '' ? [] : [text(lead)]),
      ...(core === '' ? [] : [{ type: 'strong' as const, children: [text(core)] }]),
      ...(trail === '' ? [] : [text(trail)]),
    ];
  });
}

function text(value: string): PhrasingContent & { type: 'text' } {
  return { type: 'text', value };
}
