import type { LocalizedText } from '../model/index.ts';
import type { Notice } from '../model/index.ts';
import type { Translator } from '../i18n/index.ts';
import { noticeRecord, recordIndex, type NoticeRecord, type RecordIndex } from '../export/index.ts';
import type { Project } from '../project/index.ts';
import { contentsNodes, headerNodes, renderNotice, sectionNodes, summaryNodes, toHtml, type RenderedNotice } from '../render/index.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { toString } from 'mdast-util-to-string';

/** One notice page in one language, as HTML parts a layout places. */
export interface NoticePage {
  readonly locale: string;
  readonly title: string;
  /** Plain text for `<meta name="description">`. */
  readonly description: string;
  readonly headerHtml: string;
  readonly summaryHtml: string;
  readonly contentsHtml: string;
  readonly sectionsHtml: string;
  readonly sections: readonly { readonly key: string; readonly number: number; readonly title: string }[];
}

/** Everything the site needs of one notice: its pages in each language and its record. */
export interface SiteNotice {
  readonly id: string;
  readonly organisation: { readonly id: string; readonly name: LocalizedText };
  readonly languages: readonly string[];
  readonly lastUpdated: string;
  readonly pages: Readonly<Record<string, NoticePage>>;
  readonly record: NoticeRecord;
}

/** The published site's data: every notice, the record index, and the warnings rendering produced. */
export interface SiteData {
  readonly notices: readonly SiteNotice[];
  readonly recordIndex: RecordIndex;
  /** Every language some notice is published in, in the order the notices list them. */
  readonly locales: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Renders every valid notice of a project in each of its languages, once,
 * with its record: pages and records come from the same model, so they
 * cannot disagree. `onProgress` hears of each notice done.
 */
export function buildSiteData(project: Project, translator: Translator, onProgress?: (done: number, total: number) => void): SiteData {
  const diagnostics: Diagnostic[] = [];
  const notices = project.notices.map((notice, index) => {
    const pages: Record<string, NoticePage> = {};
    for (const locale of notice.languages) {
      const texts = translator.forLocale(locale);
      const rendered = renderNotice(notice, texts);
      diagnostics.push(...rendered.diagnostics);
      pages[locale] = toPage(rendered, texts.t('document.summary'), texts.t('document.contents'));
    }
    onProgress?.(index + 1, project.notices.length);
    return siteNotice(notice, pages);
  });
  return {
    notices,
    recordIndex: recordIndex(project.organisations, project.notices),
    // in the order notices list them: the first notice's original language first
    locales: [...new Set(project.notices.flatMap((notice) => notice.languages))],
    diagnostics,
  };
}

function siteNotice(notice: Notice, pages: Record<string, NoticePage>): SiteNotice {
  return {
    id: notice.id,
    organisation: { id: notice.organisation.id, name: notice.organisation.document.name },
    languages: notice.languages,
    lastUpdated: notice.document.lastUpdated,
    pages,
    record: noticeRecord(notice),
  };
}

function toPage(rendered: RenderedNotice, summaryTitle: string, contentsTitle: string): NoticePage {
  const html = (children: Parameters<typeof toHtml>[0]['children']) => toHtml({ type: 'root', children });
  const introduction = rendered.introduction.map((node) => toString(node)).join(' ').replace(/\s+/gu, ' ').trim();
  return {
    locale: rendered.locale,
    title: rendered.title,
    description: introduction === '' ? rendered.title : introduction.length > 300 ? `${introduction.slice(0, 297)}…` : introduction,
    headerHtml: html(headerNodes(rendered)),
    summaryHtml: html(summaryNodes(rendered, summaryTitle)),
    contentsHtml: html(contentsNodes(rendered, contentsTitle)),
    sectionsHtml: html(sectionNodes(rendered)),
    sections: rendered.sections.map(({ key, number, title }) => ({ key, number, title })),
  };
}

