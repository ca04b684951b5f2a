export { renderNotice } from './render-notice.ts';
export type { RenderedNotice, RenderedSection } from './render-notice.ts';
export { contentsNodes, headerNodes, sectionNodes, summaryNodes, toDocument } from './document.ts';
export type { DocumentOptions } from './document.ts';
export { toHtml, toHtmlParts } from './to-html.ts';
export { toMarkdown } from './to-markdown.ts';
export { sections } from './sections/index.ts';
