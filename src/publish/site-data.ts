import { organisationPointer, type DeepReadonly, type Notice, type OrganisationDocument } from '../model/index.ts';
import type { LocaleTexts, Translator } from '../i18n/index.ts';
import { noticePagePath, noticeRecord, recordIndex, type NoticeRecord, type RecordIndex } from '../export/index.ts';
import type { Project } from '../project/index.ts';
import { contentsNodes, headerNodes, renderNotice, sectionNodes, summaryNodes, toHtmlParts, type RenderedNotice } from '../render/index.ts';
import { paragraph } from '../render/nodes.ts';
import { RenderContext } from '../render/context.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { toString } from 'mdast-util-to-string';
import { shortenAtWord } from '../render/shorten.ts';
import type { PageText, SiteIdentity } from './site-identity.ts';
import { siteTexts, type SiteTexts } from './site-texts.ts';

/** One notice page in one language, as HTML parts a layout places. */
export interface NoticePage {
  /** Where the page is, from the site's root: `/en/marketing-and-communications/` (the notice's slug for the language, else its id). */
  readonly path: string;
  /** Plain text, for `<title>`. */
  readonly title: string;
  /** The language of the title when it is not the page's (a title without a translation). */
  readonly titleLang?: string;
  /** Plain text for `<meta name="description">`. */
  readonly description: string;
  /** The name of the notice's organisation, for the list of notices. */
  readonly organisationName: PageText;
  /** “Päivitetty 24.10.2022” in the page's language; absent when the notice gives no date. */
  readonly lastUpdated?: string;
  /** The notice in one line for lists of notices, as an HTML paragraph (`<p class="lead">`); empty when the notice has nothing to say it with. */
  readonly leadHtml: string;
  readonly headerHtml: string;
  readonly summaryHtml: string;
  readonly contentsHtml: string;
  readonly sectionsHtml: string;
  /** The notice's change history (its “Changes” part after the sections), where the site is built with its versions. */
  readonly historyHtml?: string;
}

/** An earlier version of a notice in one language: its page, published as not in force. */
export interface VersionPage extends NoticePage {
  /** The version's date (YYYY-MM-DD): the last segment of its address. */
  readonly date: string;
  /** “Versio 24.10.2022” in the page's language. */
  readonly versionLabel: string;
}

/** An earlier version of a notice, with its page in each of its languages that the notice still has a page in. */
export interface SiteVersion {
  readonly date: string;
  readonly pages: Readonly<Record<string, VersionPage>>;
}

/** Everything the site needs of one notice: its pages in each language and its record. */
export interface SiteNotice {
  readonly id: string;
  readonly organisationId: string;
  readonly languages: readonly string[];
  readonly pages: Readonly<Record<string, NoticePage>>;
  readonly record: NoticeRecord;
  /** The notice's earlier versions, newest first, where the site is built with its history (see `withVersions`). */
  readonly versions?: readonly SiteVersion[];
}

/** The published site's data: every notice with its pages and record, the record index, and the languages offered. */
export interface SiteData {
  readonly notices: readonly SiteNotice[];
  readonly recordIndex: RecordIndex;
  /** Every language some notice is published in, in the order the notices list them. */
  readonly locales: readonly string[];
  /** The texts of the site's own pages in every language seloste has (see {@link siteTexts}). */
  readonly texts: Readonly<Record<string, SiteTexts>>;
  /** The organisation that publishes the site, where the project's settings name it (`site.organisation`). */
  readonly identity?: SiteIdentity;
}

/**
 * Renders every valid notice of a project in each of its languages, once,
 * with its record: pages and records come from the same model, so they
 * cannot disagree. The warnings rendering produced (texts shown in another
 * language) come beside. `onProgress` hears of each notice done.
 */
export function buildSiteData(
  project: Project,
  translator: Translator,
  onProgress?: (done: number, total: number) => void,
): { site: SiteData; diagnostics: Diagnostic[] } {
  const { notices, diagnostics } = renderSiteNotices(project.notices, translator, onProgress);
  return {
    site: assembleSiteData(
      notices,
      project.organisations.map((organisation) => organisation.document),
      siteTexts(translator),
    ),
    diagnostics,
  };
}

/** Each notice's pages in its languages and its record; warnings (texts shown in another language) beside. */
export function renderSiteNotices(
  notices: readonly Notice[],
  translator: Translator,
  onProgress?: (done: number, total: number) => void,
): { notices: SiteNotice[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rendered = notices.map((notice, index) => {
    const pages: Record<string, NoticePage> = {};
    for (const locale of notice.languages) {
      const texts = translator.forLocale(locale);
      const result = renderNotice(notice, texts);
      const organisation = organisationName(notice, texts);
      diagnostics.push(...result.diagnostics, ...organisation.diagnostics);
      pages[locale] = toPage(result, organisation.name, noticePagePath(notice.id, locale, notice.document.slug));
    }
    onProgress?.(index + 1, notices.length);
    return siteNotice(notice, pages);
  });
  return { notices: rendered, diagnostics };
}

/** The site from its rendered notices and their organisations: the record index and the languages offered. */
export function assembleSiteData(
  notices: readonly SiteNotice[],
  organisations: readonly DeepReadonly<OrganisationDocument>[],
  texts: SiteData['texts'],
): SiteData {
  return {
    texts,
    notices,
    recordIndex: recordIndex(
      organisations,
      notices.map((notice) => notice.record),
    ),
    // in the order notices list them: the first notice's original language first
    locales: [...new Set(notices.flatMap((notice) => notice.languages))],
  };
}

function siteNotice(notice: Notice, pages: Record<string, NoticePage>): SiteNotice {
  return {
    id: notice.id,
    organisationId: notice.organisation.id,
    languages: notice.languages,
    pages,
    record: noticeRecord(notice),
  };
}

/**
 * The organisation's name in a locale; a missing translation falls back as
 * the notice's own texts do, with a warning at the organisation file's name.
 */
export function organisationName(notice: Notice, texts: LocaleTexts): { name: PageText; diagnostics: readonly Diagnostic[] } {
  const context = new RenderContext(notice, texts);
  const resolved = context.resolve(notice.organisation.document.name, organisationPointer('name'), notice.organisation.source);
  const name =
    resolved === undefined ? { text: notice.organisation.id } : resolved.isFallback ? { text: resolved.value, lang: resolved.lang } : { text: resolved.value };
  return { name, diagnostics: context.diagnostics };
}

/** A rendered notice as the HTML parts of its page at `path`. */
export function toPage(rendered: RenderedNotice, organisation: PageText, path: string): NoticePage {
  const introduction = rendered.introduction
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const [leadHtml = '', headerHtml = '', summaryHtml = '', contentsHtml = '', sectionsHtml = ''] = toHtmlParts([
    rendered.lead.length === 0 ? [] : [paragraph(rendered.lead, 'lead')],
    headerNodes(rendered),
    summaryNodes(rendered),
    contentsNodes(rendered),
    sectionNodes(rendered),
  ]);
  return {
    path,
    title: rendered.title,
    ...(rendered.titleLang === rendered.locale ? {} : { titleLang: rendered.titleLang }),
    description: introduction === '' ? rendered.title : shortenAtWord(introduction, 300),
    organisationName: organisation,
    ...(rendered.lastUpdated === undefined ? {} : { lastUpdated: rendered.lastUpdated }),
    leadHtml,
    headerHtml,
    summaryHtml,
    contentsHtml,
    sectionsHtml,
  };
}
