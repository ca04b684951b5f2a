import type { BlockContent, PhrasingContent } from 'mdast';
import { at, basesOf, type DeepReadonly, type LegalBasis, type LegalBasisEntry, type Place, type Provision, type StatedBasis } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { withArticleReferences } from '../format.ts';
import { lawCitations } from '../law.ts';
import { fact, labelled, list, listItem, paragraph, text } from '../nodes.ts';
import { joinAnd, nameOf, textAround } from '../references.ts';

type Entry = DeepReadonly<LegalBasisEntry>;

/**
 * A legal-basis statement in the body: the notice's own words where it has
 * them; only where it has none, the bases it names as a fact (with the hedge,
 * what each covers and the law it rests on). The legitimate interest and how
 * to withdraw consent are the notice's words and always shown.
 */
export function legalBasisBlocks(statement: LegalBasis, pointer: Place<LegalBasis>, context: RenderContext, labelKey = 'legalBasis.label'): BlockContent[] {
  const blocks = context.blocks(statement.description, at(pointer, 'description'));
  const ownWords = blocks.length > 0;
  const bases = basesOf(statement, pointer);
  if (bases.length === 0) return [...blocks, ...entryTexts(statement, pointer, true, context)];
  if (ownWords)
    return [
      ...blocks,
      ...bases.flatMap((basis) => [
        ...context.blocks(basis.entry.description, at(basis.pointer, 'description')),
        ...entryTexts(basis.entry, basis.pointer, true, context),
      ]),
    ];
  if (bases.length === 1 && bases[0] !== undefined) return entryBlocks(bases[0], 0, context, (line) => [fact(labelled(context.t(labelKey), line))]);
  const lead = statement.relation === 'alternatives' ? [text(context.t('legalBasis.alternatives'))] : [];
  const label = labelKey === 'legalBasis.label' ? context.t('legalBasis.several') : context.t(labelKey);
  const items = bases.map((basis, index) => listItem(entryBlocks(basis, index, context, (line) => [paragraph(line)])));
  return [fact(labelled(label, lead)), list(items, 'bases')];
}

/** One basis: its own words, or its line; then its law, its condition for special categories, and the notice's texts on it. */
function entryBlocks(basis: StatedBasis, index: number, context: RenderContext, asLine: (line: PhrasingContent[]) => BlockContent[]): BlockContent[] {
  const place = basis.pointer;
  const own = context.blocks(basis.entry.description, at(place, 'description'));
  if (own.length > 0) return [...own, ...entryTexts(basis.entry, place, true, context)];
  const line = basisPhrase(basis, index, context, { withLaw: basis.entry.basis === undefined });
  const blocks = asLine(line);
  if (basis.entry.basis !== undefined && basis.entry.law !== undefined) {
    blocks.push(paragraph(labelled(context.t('legalBasis.law'), lawCitations(basis.entry.law, at(place, 'law'), context))));
  }
  return [...blocks, ...entryTexts(basis.entry, place, false, context)];
}

/** The notice's own texts on a basis (the interest pursued, how to withdraw consent), and unless it words the basis itself, the Art. 9(2) condition. */
function entryTexts(entry: Entry | LegalBasis, pointer: Place<Entry | LegalBasis>, ownWords: boolean, context: RenderContext): BlockContent[] {
  const blocks: BlockContent[] = [];
  if (entry.legitimateInterest !== undefined)
    blocks.push(paragraph(labelled(context.t('legalBasis.legitimateInterest'), context.inline(entry.legitimateInterest, at(pointer, 'legitimateInterest')))));
  if (entry.specialCategoryCondition !== undefined && !ownWords) {
    blocks.push(
      fact(labelled(context.t('legalBasis.specialCategoryCondition'), withArticleReferences(context.t(`specialCategory.${entry.specialCategoryCondition}`)))),
    );
  }
  if (entry.howToWithdraw !== undefined)
    blocks.push(paragraph(labelled(context.t('legalBasis.howToWithdraw'), context.inline(entry.howToWithdraw, at(pointer, 'howToWithdraw')))));
  return blocks;
}

/** How a basis is phrased: with the law it rests on after it, and briefly (without its article, as the summary names it). */
interface PhraseOptions {
  readonly withLaw: boolean;
  readonly brief?: boolean;
}

/**
 * A basis in a few words: `ensisijaisesti oikeutettu etu (…)`, with what it
 * covers; a basis that names only a law is that law, never an invented Art. 6
 * point. `withLaw` adds the law after the basis (for the summary and for a
 * basis that is only a law); `brief` names the basis without its article
 * (`oikeutettu etu`). The first basis of a list carries no “and/or”.
 */
export function basisPhrase(basis: StatedBasis, index: number, context: RenderContext, options: PhraseOptions): PhrasingContent[] {
  const { entry, pointer } = basis;
  const law = entry.law === undefined ? [] : lawCitations(entry.law, at(pointer, 'law'), context);
  const label =
    entry.basis === undefined
      ? []
      : options.brief === true
        ? [text(context.t(`legalBasis.brief.${entry.basis}`))]
        : withArticleReferences(context.t(`legalBasis.${entry.basis}`));
  const named =
    entry.basis === undefined
      ? law
      : options.withLaw && law.length > 0
        ? textAround([label, law], ([basisMark, lawMark]) => context.t('legalBasis.withLaw', { basis: basisMark, law: lawMark }))
        : label;
  const scope = scopeNames(entry, pointer, context);
  const scoped =
    scope.length === 0 ? named : textAround([named, scope], ([basisMark, scopeMark]) => context.t('legalBasis.scoped', { basis: basisMark, scope: scopeMark }));
  const hedge = entry.hedge === undefined || entry.hedge === 'solely' || (entry.hedge === 'and-or' && index === 0) ? undefined : entry.hedge;
  return hedge === undefined ? scoped : textAround([scoped], ([mark]) => context.t(`legalBasis.hedge.${hedge}`, { basis: mark }));
}

/** What a basis covers, where the notice limits it: data categories, groups, and operations in its words. */
function scopeNames(entry: Entry, pointer: Place<Entry>, context: RenderContext): PhrasingContent[] {
  const scope = entry.scope;
  if (scope === undefined) return [];
  return joinAnd(
    [
      ...(scope.dataCategories ?? []).map((id) => nameOf(context, 'dataCategories', id)),
      ...(scope.dataSubjects ?? []).map((id) => nameOf(context, 'dataSubjects', id)),
      ...(scope.operations === undefined ? [] : [context.inlineTrimmed(scope.operations, at(pointer, 'scope', 'operations'))]),
    ],
    context,
  );
}

/**
 * A statement's bases in a few words, for the summary: each named without its
 * article, with its hedge, scope and law, joined as the notice relates them
 * (`A tai B` for alternatives, `A ja/tai B`). Empty when the statement has
 * only words.
 */
export function basesSummary(statement: LegalBasis, pointer: Place<LegalBasis>, context: RenderContext): PhrasingContent[] {
  const bases = basesOf(statement, pointer);
  const phrases = bases.map((basis, index) => basisPhrase(basis, index, context, { withLaw: true, brief: true }));
  if (statement.relation === 'alternatives') return textAround(phrases, (marks) => context.texts.or(marks));
  const andOr = bases.length > 1 && bases.slice(1).every((basis) => basis.entry.hedge === 'and-or');
  return andOr ? phrases.flatMap((phrase, index) => (index === 0 ? phrase : [text(' '), ...phrase])) : joinAnd(phrases, context);
}

/** Whether the data must be provided, and what follows if not (GDPR Art. 13(2)(e)); the requirement as a fact only where the notice has no words for it. */
export function provisionBlocks(provision: Provision, pointer: Place<Provision>, context: RenderContext): BlockContent[] {
  const blocks = context.blocks(provision.description, at(pointer, 'description'));
  if (blocks.length === 0 && provision.requirement !== undefined)
    blocks.push(fact(labelled(context.t('provision.label'), [text(context.t(`provision.${provision.requirement}`))])));
  if (provision.consequences !== undefined)
    blocks.push(paragraph(labelled(context.t('provision.consequences'), context.inline(provision.consequences, at(pointer, 'consequences')))));
  return blocks;
}
