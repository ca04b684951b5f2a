import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { defaultTranslator, loadNotices } from '../../src/node/index.ts';
import type { Notice } from '../../src/model/index.ts';
import { renderNotice, toDocument, toHtml, toMarkdown, type RenderedNotice } from '../../src/render/index.ts';
import { root } from './paths.ts';

/** Loads the valid notices under a path (relative to the repository). */
export function loadFixture(path: string): { notices: readonly Notice[]; diagnostics: readonly unknown[] } {
  const project = loadNotices([path], { cwd: root });
  return { notices: project.notices, diagnostics: project.diagnostics };
}

/** The single notice under a path; fails the test when there is not exactly one valid notice. */
export function loadOneNotice(path: string): Notice {
  const { notices, diagnostics } = loadFixture(path);
  if (notices.length !== 1) throw new Error(`expected one valid notice in ${path}, got ${notices.length}: ${JSON.stringify(diagnostics)}`);
  return notices[0] as Notice;
}

/** A notice rendered as a whole document in one locale: the parts, the HTML, its visible text and the Markdown. */
export function renderDocument(notice: Notice, locale: string): { rendered: RenderedNotice; html: string; text: string; markdown: string } {
  const texts = defaultTranslator().forLocale(locale);
  const rendered = renderNotice(notice, texts);
  const tree = toDocument(rendered);
  const html = toHtml(tree);
  return { rendered, html, text: visibleText(html), markdown: toMarkdown(tree) };
}

/** What a reader sees of an HTML fragment, with white space collapsed. */
export function visibleText(html: string): string {
  return normalise(toText(fromHtml(html, { fragment: true })));
}

export function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A text's sentences, white space normalised: split after a `.`, `!` or `?` that a capital letter or a digit follows. */
export function sentences(text: string): string[] {
  return normalise(text)
    .split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
