import type { BlockContent } from 'mdast';
import { changeHistory, versionChanges, type HistoryEntry, type NoticeVersion, type VersionChanges } from '../diff/index.ts';
import type { RecordVersion, RecordVersionChange } from '../export/index.ts';
import type { LocaleTexts, Translator } from '../i18n/index.ts';
import { renderNotice, toHtmlParts } from '../render/index.ts';
import { division, heading, link, list, listItem, paragraph, span, strong, text } from '../render/nodes.ts';
import { HISTORY_ID } from './site-names.ts';
import { organisationName, toPage, type NoticePage, type SiteData, type SiteNotice, type SiteVersion, type VersionPage } from './site-data.ts';

/**
 * The site with each notice's history, from its versions (oldest first, by
 * notice id; the last is the notice as published): its pages get a change
 * history (the material changes of each version in plain language, how many
 * others, the notice's own notes beside them), its earlier versions get pages
 * of their own at `<page>versions/<date>/`, and its record the versions and
 * their changes. A notice without versions is left as it was.
 */
export function withVersions(site: SiteData, histories: ReadonlyMap<string, readonly NoticeVersion[]>, translator: Translator): SiteData {
  if (histories.size === 0) return site;
  return { ...site, notices: site.notices.map((notice) => withHistory(notice, histories.get(notice.id), translator)) };
}

function withHistory(notice: SiteNotice, versions: readonly NoticeVersion[] | undefined, translator: Translator): SiteNotice {
  if (versions === undefined || versions.length < 2) return notice;
  const earlier = earlierVersions(notice, versions, translator);
  const linked = new Set(earlier.map((version) => version.date));
  const pages = Object.fromEntries(
    Object.entries(notice.pages).map(([locale, page]): [string, NoticePage] => {
      const texts = translator.forLocale(locale);
      return [locale, { ...page, historyHtml: historyHtml(changeHistory(versions, texts), texts, linked) }];
    }),
  );
  return { ...notice, pages, record: { ...notice.record, versions: recordVersions(versionChanges(versions)) }, versions: earlier };
}

/**
 * The pages of a notice's earlier versions, newest first, each rendered from
 * its own model in its languages that the notice still has a page in (the
 * address is the current page's, so a language dropped since has none).
 * Texts an old version shows in another language are not reported again: the
 * version was published as it was.
 */
function earlierVersions(notice: SiteNotice, versions: readonly NoticeVersion[], translator: Translator): SiteVersion[] {
  return versions
    .slice(0, -1)
    .flatMap((version): SiteVersion[] => {
      const date = version.date ?? version.notice.document.lastUpdated;
      if (date === undefined) return [];
      const pages: Record<string, VersionPage> = {};
      for (const locale of version.notice.languages) {
        const current = notice.pages[locale];
        if (current === undefined) continue;
        const texts = translator.forLocale(locale);
        const page = toPage(renderNotice(version.notice, texts), organisationName(version.notice, texts).name, versionPath(current.path, date));
        pages[locale] = { ...page, date, versionLabel: texts.t('history.version', { date: texts.formatDate(date) }) };
      }
      return Object.keys(pages).length === 0 ? [] : [{ date, pages }];
    })
    .reverse();
}

/** The address of an earlier version of a notice's page: `/fi/markkinointirekisteri/versions/2022-10-24/`. */
export function versionPath(pagePath: string, date: string): string {
  return `${pagePath}versions/${date}/`;
}

/**
 * The change history as the HTML of a section of its own: each version,
 * newest first, with its date (a link to its page where it has one), its
 * material changes, how many others, and the notice's own notes.
 */
function historyHtml(entries: readonly HistoryEntry[], texts: LocaleTexts, linked: ReadonlySet<string>): string {
  const items = entries.map((entry, index) => listItem(historyItem(entry, texts, { current: index === 0, first: index === entries.length - 1, linked })));
  const section = division([heading(2, [text(texts.t('history.heading'))], { id: HISTORY_ID }), list(items, 'history')], 'section', {
    ariaLabelledBy: HISTORY_ID,
  });
  return toHtmlParts([[section]])[0] ?? '';
}

function historyItem(entry: HistoryEntry, texts: LocaleTexts, place: { current: boolean; first: boolean; linked: ReadonlySet<string> }): BlockContent[] {
  const date = entry.date === undefined ? undefined : texts.formatDate(entry.date);
  const title =
    entry.date === undefined || date === undefined
      ? []
      : place.current
        ? [text(texts.t('history.current', { date }))]
        : place.linked.has(entry.date)
          ? [link(`versions/${entry.date}/`, [text(date)])]
          : [text(date)];
  const blocks: BlockContent[] = [paragraph(title.length === 0 ? [] : [strong(title)])];
  if (place.first) blocks.push(paragraph([text(texts.t('history.first'))]));
  else if (entry.material.length === 0) blocks.push(paragraph([text(texts.t('history.noMaterial'))]));
  else blocks.push(paragraph([text(texts.t('diff.significance.material'))]), list(entry.material.map((sentence) => listItem([paragraph([text(sentence)])]))));
  if (!place.first && entry.minor + entry.editorial > 0)
    blocks.push(paragraph([text(texts.t('history.other', { minor: String(entry.minor), editorial: String(entry.editorial) }))]));
  if (entry.notes.length > 0) {
    blocks.push(
      paragraph([text(texts.t('history.notes'))]),
      list(
        entry.notes.map((note) =>
          listItem([
            paragraph([
              text(`${texts.formatDate(note.date)}: `),
              note.lang === undefined || note.lang === texts.locale ? text(note.text) : span([text(note.text)], { lang: note.lang }),
            ]),
          ]),
        ),
      ),
    );
  }
  return blocks;
}

/** A notice's versions as its record gives them: their changes language-neutral, without the words and places of the diff. */
export function recordVersions(history: readonly VersionChanges[]): RecordVersion[] {
  return history.map(({ diff: _diff, changes, ...version }) => ({ ...version, changes: changes.map(recordChange) }));
}

function recordChange(change: VersionChanges['changes'][number]): RecordVersionChange {
  const pointer = change.new?.pointer ?? change.old?.pointer;
  return {
    kind: change.kind,
    significance: change.significance,
    section: change.section,
    file: change.file,
    ...(change.id === undefined ? {} : { id: change.id }),
    ...(pointer === undefined ? {} : { pointer }),
    ...(change.from === undefined ? {} : { from: change.from }),
    ...(change.to === undefined ? {} : { to: change.to }),
  };
}
