import type { Root, RootContent } from 'mdast';
import type { RenderedNotice } from './render-notice.ts';
import { division, heading, link, list, listItem, paragraph, text } from './nodes.ts';

/** What a standalone document includes besides the sections. */
export interface DocumentOptions {
  /** The “at a glance” layer before the sections (default: yes). */
  readonly summary?: boolean;
  /** A table of contents linking to the sections (default: yes). */
  readonly contents?: boolean;
}

/** The header: kind (unless the title says it), title, register name, last-updated date (where the notice gives one) and the introduction. */
export function headerNodes(rendered: RenderedNotice): RootContent[] {
  const titleSaysKind = rendered.title.toLocaleLowerCase(rendered.locale).includes(rendered.kind.toLocaleLowerCase(rendered.locale));
  return [
    ...(titleSaysKind ? [] : [paragraph([text(rendered.kind)], 'kind')]),
    heading(1, [text(rendered.title)], { lang: rendered.titleLang === rendered.locale ? undefined : rendered.titleLang }),
    ...(rendered.registerName.length === 0 ? [] : [paragraph(rendered.registerName, 'register')]),
    ...(rendered.lastUpdated === undefined ? [] : [paragraph([text(rendered.lastUpdated)], 'updated')]),
    ...rendered.introduction,
  ];
}

/** The “at a glance” layer as a headed section; nothing when the notice states nothing it would summarise. */
export function summaryNodes(rendered: RenderedNotice): RootContent[] {
  if (rendered.summary.length === 0) return [];
  return [
    division([heading(2, [text(rendered.summaryTitle)], { id: 'summary' }), ...rendered.summary], 'section', {
      className: ['summary'],
      ariaLabelledBy: 'summary',
    }),
  ];
}

/** A table of contents: a list of links to the numbered sections; nothing without sections. */
export function contentsNodes(rendered: RenderedNotice): RootContent[] {
  if (rendered.sections.length === 0) return [];
  const items = rendered.sections.map((section) => listItem([paragraph([link(`#${section.key}`, [text(`${section.number}. ${section.title}`)])])]));
  return [
    division([heading(2, [text(rendered.contentsTitle)], { id: 'contents' }), list(items)], 'nav', { className: ['contents'], ariaLabelledBy: 'contents' }),
  ];
}

/** The numbered sections, each a `<section>` whose heading carries the anchor. */
export function sectionNodes(rendered: RenderedNotice): RootContent[] {
  return rendered.sections.map((section) =>
    division([heading(2, [text(`${section.number}. ${section.title}`)], { id: section.key }), ...section.content], 'section', { ariaLabelledBy: section.key }),
  );
}

/** The whole notice as one mdast tree: header, summary, contents and sections. */
export function toDocument(rendered: RenderedNotice, options: DocumentOptions = {}): Root {
  return {
    type: 'root',
    children: [
      ...headerNodes(rendered),
      ...(options.summary === false ? [] : summaryNodes(rendered)),
      ...(options.contents === false ? [] : contentsNodes(rendered)),
      ...sectionNodes(rendered),
    ],
  };
}
