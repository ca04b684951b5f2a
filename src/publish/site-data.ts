import type { DeepReadonly, LocalizedText, Notice, OrganisationDocument } from '../model/index.ts';
import type { Translator } from '../i18n/index.ts';
import { noticeRecord, recordIndex, type NoticeRecord, type RecordIndex } from '../export/index.ts';
import type { Project } from '../project/index.ts';
import { contentsNodes, headerNodes, renderNotice, sectionNodes, summaryNodes, toHtmlParts, type RenderedNotice } from '../render/index.ts';
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

/** The published site's data: every notice with its pages and record, the record index, and the languages offered. */
export interface SiteData {
  readonly notices: readonly SiteNotice[];
  readonly recordIndex: RecordIndex;
  /** Every language some notice is published in, in the order the notices list them. */
  readonly locales: readonly string[];
}

/**
 * Renders every valid notice of a project in each of its languages, once,
 * with its record: pages and records come from the same model, so they
 * cannot disagree. The warnings rendering produced (texts shown in another
 * language) come beside. `onProgress` hears of each notice done.
 */
export function buildSiteData(project: Project, translator: Translator, onProgress?: (done: number, total: number) => void): { site: SiteData; diagnostics: Diagnostic[] } {
  const { notices, diagnostics } = renderSiteNotices(project.notices, translator, onProgress);
  return { site: assembleSiteData(notices, project.organisations.map((organisation) => organisation.document)), diagnostics };
}

/** Each notice's pages in its languages and its record; warnings (texts shown in another language) beside. */
export function renderSiteNotices(notices: readonly Notice[], translator: Translator, onProgress?: (done: number, total: number) => void): { notices: SiteNotice[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rendered = notices.map((notice, index) => {
    const pages: Record<string, NoticePage> = {};
    for (const locale of notice.languages) {
      const texts = translator.forLocale(locale);
      const result = renderNotice(notice, texts);
      diagnostics.push(...result.diagnostics);
      pages[locale] = toPage(result, texts.t('document.summary'), texts.t('document.contents'));
    }
    onProgress?.(index + 1, notices.length);
    return siteNotice(notice, pages);
  });
  return { notices: rendered, diagnostics };
}

/** The site from its rendered notices and their organisations: the record index and the languages offered. */
export function assembleSiteData(notices: readonly SiteNotice[], organisations: readonly DeepReadonly<OrganisationDocument>[]): SiteData {
  return {
    notices,
    recordIndex: recordIndex(organisations, notices.map((notice) => notice.record)),
    // in the order notices list them: the first notice's original language first
    locales: [...new Set(notices.flatMap((notice) => notice.languages))],
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
  const introduction = rendered.introduction.map((node) => toString(node)).join(' ').replace(/\s+/gu, ' ').trim();
  const [headerHtml = '', summaryHtml = '', contentsHtml = '', sectionsHtml = ''] = toHtmlParts([
    headerNodes(rendered),
    summaryNodes(rendered, summaryTitle),
    contentsNodes(rendered, contentsTitle),
    sectionNodes(rendered),
  ]);
  return {
    locale: rendered.locale,
    title: rendered.title,
    description: introduction === '' ? rendered.title : introduction.length > 300 ? `${introduction.slice(0, 297)}…` : introduction,
    headerHtml,
    summaryHtml,
    contentsHtml,
    sectionsHtml,
    sections: rendered.sections.map(({ key, number, title }) => ({ key, number, title })),
  };
}
