import type { BlockContent, PhrasingContent } from 'mdast';
import type { Diagnostic } from '../diagnostics/index.ts';
import type { LocaleTexts } from '../i18n/index.ts';
import { valueIn, type LocalizedText, type Notice, type PerLanguage, type SourceFile } from '../model/index.ts';
import { diagnosticAt, keyPath } from '../source/index.ts';
import { toString } from 'mdast-util-to-string';
import { parseMarkdownBlocks, parseMarkdownInline } from './markdown-text.ts';
import { division, emphasis, paragraph, span, text } from './nodes.ts';
import { shortenAtClause } from './shorten.ts';
import { trimEnd } from './trim-end.ts';

/** A localized text resolved for one locale. */
interface ResolvedText {
  readonly value: string;
  /** The language the value is in: the requested one, or as a fallback the first of the notice's languages that has the text. */
  readonly lang: string;
  readonly isFallback: boolean;
}

/**
 * What every section builder gets: the notice, the locale's standard texts,
 * and the notice's own texts resolved for the locale (with a marked fallback
 * and a warning where a translation is missing).
 */
export class RenderContext {
  readonly notice: Notice;
  readonly texts: LocaleTexts;
  readonly locale: string;
  readonly diagnostics: Diagnostic[] = [];
  /** Texts already warned about: the summary and the section show some texts twice. */
  readonly #warned = new Set<string>();

  constructor(notice: Notice, texts: LocaleTexts) {
    this.notice = notice;
    this.texts = texts;
    this.locale = texts.locale;
  }

  /** A standard text of the locale. */
  t(key: string, values?: Readonly<Record<string, unknown>>): string {
    return this.texts.t(key, values);
  }

  /**
   * Resolves a localized text; a missing translation falls back to the
   * notice's first language, with a warning at `pointer` in `source` (the
   * notice, or for shared texts the organisation file).
   */
  resolve(value: LocalizedText | undefined, pointer: string, source: SourceFile = this.notice.source): ResolvedText | undefined {
    if (value === undefined) return undefined;
    const own = value[this.locale];
    if (own !== undefined) return { value: own, lang: this.locale, isFallback: false };
    const lang = this.notice.languages.find((candidate) => value[candidate] !== undefined);
    if (lang === undefined) return undefined;
    if (!this.#warned.has(`${source.file}#${pointer}`)) this.#warn(source, pointer, lang);
    return { value: value[lang] as string, lang, isFallback: true };
  }

  #warn(source: SourceFile, pointer: string, lang: string): void {
    this.#warned.add(`${source.file}#${pointer}`);
    this.diagnostics.push(
      diagnosticAt(
        source,
        pointer,
        'missing-translation',
        `\`${keyPath(pointer)}\` has no \`${this.locale}\` text; the ${this.locale} page shows the \`${lang}\` text instead`,
        { severity: 'warning', target: 'key' },
      ),
    );
  }

  /** A notice text as paragraphs and lists; a fallback is marked with its language and a visible note. */
  blocks(value: LocalizedText | undefined, pointer: string): BlockContent[] {
    const resolved = this.resolve(value, pointer);
    if (resolved === undefined) return [];
    const blocks = parseMarkdownBlocks(resolved.value);
    if (!resolved.isFallback) return blocks;
    return [division(blocks, 'div', { lang: resolved.lang }), paragraph([emphasis([text(this.#fallbackNote(resolved.lang))])], 'translation-note')];
  }

  /** A notice text (or one of its organisation file, given `source`) as inline content, for labels and list items. */
  inline(value: LocalizedText | undefined, pointer: string, source?: SourceFile): PhrasingContent[] {
    return this.#inline(value, pointer, source, (phrasing) => phrasing);
  }

  /**
   * As {@link inline}, without the `;`, `,` or `.` the text ends in as running
   * text: for a name that more words follow (`Säädösperuste: Kirjanpitolaki.`).
   */
  inlineTrimmed(value: LocalizedText | undefined, pointer: string, source?: SourceFile): PhrasingContent[] {
    return this.#inline(value, pointer, source, trimEnd);
  }

  /**
   * A notice text in a few words, for the summary, which may not invent a
   * name the notice does not give: the text as {@link inlineTrimmed} gives
   * it when it fits `limit` characters as a whole; else, as plain text, as
   * many of its first clauses (or sentences) as fit, ended with “…” to show
   * that it is shortened (see {@link shortenAtClause}).
   */
  inlineShortened(value: LocalizedText | undefined, pointer: string, limit: number, unit: 'clause' | 'sentence' = 'clause'): PhrasingContent[] {
    return this.#inline(value, pointer, undefined, (phrasing) => {
      const cut = shortenAtClause(toString({ type: 'paragraph', children: phrasing }), limit, unit);
      return cut.shortened ? [text(cut.text)] : trimEnd(phrasing);
    });
  }

  #inline(
    value: LocalizedText | undefined,
    pointer: string,
    source: SourceFile | undefined,
    shape: (phrasing: PhrasingContent[]) => PhrasingContent[],
  ): PhrasingContent[] {
    const resolved = this.resolve(value, pointer, source);
    if (resolved === undefined) return [];
    const phrasing = shape(parseMarkdownInline(resolved.value));
    if (!resolved.isFallback) return phrasing;
    return [span(phrasing, { lang: resolved.lang }), text(' '), emphasis([text(`(${this.#fallbackNote(resolved.lang)})`)])];
  }

  /**
   * A structured value (a name, an e-mail address, a number) in the page's
   * language: one value as it is, or the one given in the locale, else in the
   * notice's first language that has it, marked with its `lang`.
   */
  value(value: PerLanguage<string> | undefined): PhrasingContent[] {
    if (value === undefined) return [];
    const found = valueIn(value, this.locale, this.notice.languages);
    if (found === undefined) return [];
    return this.inLanguage([text(found.value)], found.lang);
  }

  /** Phrasing marked with its language when that is not the page's. */
  inLanguage(phrasing: PhrasingContent[], lang: string | undefined): PhrasingContent[] {
    return lang === undefined || lang === this.locale ? phrasing : [span(phrasing, { lang })];
  }

  /** A structured value as plain text in the page's language (for `<title>` and lists of names). */
  valueText(value: PerLanguage<string> | undefined): string | undefined {
    return value === undefined ? undefined : valueIn(value, this.locale, this.notice.languages)?.value;
  }

  #fallbackNote(lang: string): string {
    return this.t('document.fallbackNote', { inLanguage: this.t(`language.in.${lang}`) });
  }
}
