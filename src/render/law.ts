import type { PhrasingContent } from 'mdast';
import { at, knownAct, lawKind, lawPointer, lawReferences, type DeepReadonly, type LawReference, type LawStatement, type Place } from '../model/index.ts';
import type { RenderContext } from './context.ts';
import { text } from './nodes.ts';
import { joinAnd, textAround } from './references.ts';

/**
 * The laws a `law` key cites, each in the page's language, joined the way the
 * language lists things: `tietosuojalaki (1050/2018) 4 § ja arkistolaki (831/1994)`.
 * `pointer` is the `law` key's.
 */
export function lawCitations(law: LawStatement | undefined, pointer: Place<LawStatement>, context: RenderContext): PhrasingContent[] {
  const references = lawReferences(law);
  return joinAnd(
    references.map((reference, index) => lawCitation(reference, lawPointer(law, pointer, index), context)),
    context,
  );
}

/**
 * One law reference in the page's language. A reference in the notice's own
 * words (`text`) is shown as it is; an act seloste knows by its number is
 * named in the language (`tietosuojalaki (1050/2018) 4 §`, `Data Protection
 * Act (1050/2018), section 4`); an act it does not know keeps the name the
 * notice gives; a government bill is named as one (`hallituksen esitys HE
 * 9/2018 vp`), never as law.
 */
export function lawCitation(reference: DeepReadonly<LawReference>, pointer: Place<DeepReadonly<LawReference>>, context: RenderContext): PhrasingContent[] {
  const own = context.inlineTrimmed(reference.text, at(pointer, 'text'));
  if (own.length > 0) return own;
  const kind = lawKind(reference);
  if (kind === 'government-bill' && reference.number !== undefined) return [text(context.t('law.governmentBill', { number: reference.number.trim() }))];
  const act = actName(reference, kind, pointer, context);
  const detail =
    kind === 'eu-regulation' || kind === 'eu-directive' || reference.article !== undefined ? articleText(reference, context) : sectionText(reference, context);
  if (detail === undefined) return act;
  if (act.length === 0) return [text(detail)];
  const key = reference.article !== undefined && reference.section === undefined ? 'law.withArticle' : 'law.withSection';
  return textAround([act, [text(detail)]], ([name, part]) => context.t(key, { act: name, section: part, article: part }));
}

/** The act's name and number: from seloste's table where it knows the act, else as the notice names it. */
function actName(
  reference: DeepReadonly<LawReference>,
  kind: NonNullable<LawReference['kind']>,
  pointer: Place<DeepReadonly<LawReference>>,
  context: RenderContext,
): PhrasingContent[] {
  const known = knownAct(reference);
  const knownName = known?.names[context.locale];
  const name = knownName === undefined ? context.inlineTrimmed(reference.name, at(pointer, 'name')) : [text(knownName)];
  const number = reference.number?.trim();
  if (number === undefined) return name;
  if (name.length === 0) return [text(number)];
  const key = kind === 'eu-regulation' ? 'law.euRegulation' : 'law.act';
  return textAround([name], ([mark]) =>
    context.t(key, { name: mark, number: kind === 'eu-regulation' ? number.replace(/^\((?:EU|EY|EG|EC)\)\s*/iu, '') : number }),
  );
}

/** A section's number and letter, as Finnish acts write them: `10`, `10 a`. */
const SECTION_NUMBER = String.raw`\d+(?:\s?[a-z]\b)?`;
/** `2 luku 10 §`, `2 kap. 10 §`. */
const CHAPTER_SECTION = new RegExp(String.raw`^(${SECTION_NUMBER})\s*(?:luku|kap\.?)\s*(${SECTION_NUMBER})\s*§?$`, 'iu');
/** `4`, `29 §`, `4–6 §`. */
const SECTION = new RegExp(String.raw`^(${SECTION_NUMBER}(?:\s*[–-]\s*${SECTION_NUMBER})?)\s*§?$`, 'u');

/** `4 §`, `section 4`, `2 luku 10 §`, `chapter 2, section 10`; with the subsection: `4 § 1 mom.`. */
function sectionText(reference: DeepReadonly<LawReference>, context: RenderContext): string | undefined {
  if (reference.section === undefined) return undefined;
  const written = reference.section.trim();
  const chapter = CHAPTER_SECTION.exec(written);
  const plain = SECTION.exec(written);
  const section =
    chapter !== null
      ? context.t('law.chapterSection', { chapter: chapter[1], section: chapter[2] })
      : plain !== null
        ? context.t('law.section', { section: plain[1] })
        : written;
  const subsection = reference.subsection?.trim();
  if (subsection === undefined) return section;
  return /^\d+$/u.test(subsection) ? context.t('law.withSubsection', { section, subsection }) : `${section} ${subsection}`;
}

/** `Article 6(1)(e)`, `6 artiklan 1 kohdan e alakohta`, `artikel 6.1 e`; an article written otherwise is kept as written. */
function articleText(reference: DeepReadonly<LawReference>, context: RenderContext): string | undefined {
  if (reference.article === undefined) return sectionText(reference, context);
  const written = reference.article.trim();
  const parts = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/u.exec(written);
  if (parts === null) return context.t('law.article', { article: written });
  const [, article, paragraph, point] = parts;
  if (paragraph === undefined) return context.t('law.article', { article });
  if (point === undefined) return context.t('law.articleParagraph', { article, paragraph });
  return context.t('law.articlePoint', { article, paragraph, point });
}
