import type { BlockContent, PhrasingContent } from 'mdast';
import type { Diagnostic } from '../diagnostics/index.ts';
import type { LocaleTexts } from '../i18n/index.ts';
import { noticePointer, type Notice } from '../model/index.ts';
import { RenderContext } from './context.ts';
import { text } from './nodes.ts';
import { sections } from './sections/index.ts';
import { buildSummary } from './summary.ts';

/** One numbered section of a rendered notice. */
export interface RenderedSection {
  /** Stable across languages: the anchor (`#purposes`). */
  readonly key: string;
  readonly number: number;
  readonly title: string;
  readonly content: BlockContent[];
}

/** A notice rendered for one locale, as mdast parts a page or document assembles. */
export interface RenderedNotice {
  readonly noticeId: string;
  readonly locale: string;
  /** “Privacy notice” in the locale. */
  readonly kind: string;
  /** The title as plain text, for `<title>` and meta data. */
  readonly title: string;
  /** The language the title is in: the locale's, or another where the title lacks a translation. */
  readonly titleLang: string;
  /** The register's name with the short name the notice uses for it (only the short name when the name is the title). */
  readonly registerName: PhrasingContent[];
  /** The notice in one line, for lists of notices (see {@link leadLine}). */
  readonly lead: PhrasingContent[];
  readonly introduction: BlockContent[];
  /** “Last updated 24.10.2022” in the locale; `undefined` when the notice gives no date. */
  readonly lastUpdated: string | undefined;
  /** The “at a glance” layer, and its heading in the locale. */
  readonly summary: BlockContent[];
  readonly summaryTitle: string;
  readonly sections: readonly RenderedSection[];
  /** The heading of the table of contents in the locale. */
  readonly contentsTitle: string;
  /** Warnings, such as texts shown in another language. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Renders a notice for one locale: each section by its builder, numbered in
 * reading order (a section the notice does not state is left out, heading
 * and all), then the “at a glance” layer.
 */
export function renderNotice(notice: Notice, texts: LocaleTexts): RenderedNotice {
  const context = new RenderContext(notice, texts);
  const { document } = notice;
  const built = sections.map((section) => ({ key: section.key, content: section.build(context) })).filter((section) => section.content.length > 0);
  const numbered = built.map((section, index) => ({ ...section, number: index + 1, title: context.t(`section.${section.key}`) }));
  const numbers = new Map(numbered.map((section) => [section.key, section.number]));
  const registerName = context.inline(document.register?.name, noticePointer('register', 'name'));
  const alias = context.inline(document.register?.referredToAs, noticePointer('register', 'referredToAs'));
  const title = context.resolve(document.title, noticePointer('title')) ?? context.resolve(document.register?.name, noticePointer('register', 'name'));
  const summary = buildSummary(context, numbers);
  return {
    noticeId: notice.id,
    locale: texts.locale,
    kind: context.t('document.kind'),
    title: title?.value ?? notice.id,
    titleLang: title?.lang ?? texts.locale,
    registerName: registerLine(document.title === undefined, registerName, alias),
    lead: leadLine(context),
    introduction: context.blocks(document.introduction, noticePointer('introduction')),
    lastUpdated: document.lastUpdated === undefined ? undefined : context.t('document.lastUpdated', { date: texts.formatDate(document.lastUpdated) }),
    summaryTitle: context.t('document.summary'),
    contentsTitle: context.t('document.contents'),
    summary,
    sections: numbered,
    diagnostics: context.diagnostics,
  };
}

/** How long a lead cut from the introduction may be, in characters: a line of a list on a wide screen. */
const LEAD_LIMIT = 160;

/**
 * The notice in one line, in its own words: its `lead`; else the register's
 * name, where the title is not already that name; else the introduction's
 * first sentence, cut short with “…” where it is long. Empty when the notice
 * has none of them.
 */
function leadLine(context: RenderContext): PhrasingContent[] {
  const { document } = context.notice;
  if (document.lead !== undefined) return context.inlineTrimmed(document.lead, noticePointer('lead'));
  if (document.title !== undefined && document.register?.name !== undefined)
    return context.inlineTrimmed(document.register.name, noticePointer('register', 'name'));
  return context.inlineShortened(document.introduction, noticePointer('introduction'), LEAD_LIMIT, 'sentence');
}

/**
 * The line under the title: the register's name and, in brackets, the short
 * name the notice uses for it. Without a title of its own the register's name
 * is the title, and the line keeps only the short name.
 */
function registerLine(nameIsTitle: boolean, name: PhrasingContent[], alias: PhrasingContent[]): PhrasingContent[] {
  const bracketed = alias.length === 0 ? [] : [text('('), ...alias, text(')')];
  if (nameIsTitle) return bracketed;
  return alias.length === 0 ? name : [...name, text(' '), ...bracketed];
}
