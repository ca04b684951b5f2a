import type { BlockContent, PhrasingContent } from 'mdast';
import { contactFor, effectiveLegalBasis, listedRights } from '../model/index.ts';
import type { RenderContext } from './context.ts';
import { asLines, contactLines, withArticleReferences } from './format.ts';
import { descriptionList, labelled, link, list, listItem, paragraph, text } from './nodes.ts';
import { legalBasisLabel } from './sections/legal-basis.ts';
import { nameOf, trimEnd } from './references.ts';
import { retentionScope, retentionSentence } from './sections/retention.ts';

/**
 * The “at a glance” layer: who is responsible and how to reach them, the
 * purposes with their legal bases, the kinds of data, how long they are kept,
 * and the rights with where to read how to use them.
 */
export function buildSummary(context: RenderContext, sectionNumbers: ReadonlyMap<string, number>): BlockContent[] {
  const { notice } = context;
  const { document } = notice;
  const items: { term: PhrasingContent[]; details: BlockContent[] }[] = [];
  const term = (key: string): PhrasingContent[] => [text(context.t(key))];

  items.push({ term: term('summary.controller'), details: [paragraph([text(context.texts.and(notice.controllers.map((controller) => controller.name)))])] });

  const contact = contactFor(notice, ['privacy', 'rights-requests', 'register', 'general']);
  const reach = contactLines(contact ?? notice.organisation.document.contact, context).filter((line) => line.some((node) => node.type === 'link'));
  if (reach.length > 0) items.push({ term: term('summary.contact'), details: [paragraph(asLines(reach))] });

  items.push({ term: term('summary.purposes'), details: purposesWithBases(context) });

  const categories = document.dataCategories?.items ?? [];
  if (categories.length > 0) {
    const labels = categories.map((category, index) => listItem([paragraph(trimEnd(context.inline(category.label, `/dataCategories/items/${index}/label`)))]));
    items.push({ term: term('summary.data'), details: [list(labels, 'compact')] });
  }

  const rules = document.retention?.rules ?? [];
  if (rules.length > 0) {
    const lines = uniqueLines(
      rules.map((rule, index) => {
        const scope = retentionScope(rule, context);
        const sentence = retentionSentence(rule, `/retention/rules/${index}`, context);
        return scope.length > 0 ? [...scope, text(': '), ...sentence] : sentence;
      }),
    );
    items.push({ term: term('summary.retention'), details: lines.length === 1 ? [paragraph(lines[0] ?? [])] : [list(lines.map((line) => listItem([paragraph(line)])))] });
  }

  const rights = listedRights(notice).map((right) => listItem([paragraph([text(context.t(`right.${right}.name`))])]));
  const how = paragraph([link('#rights', [text(context.t('summary.rightsHow', { section: sectionNumbers.get('rights') ?? '' }))])]);
  items.push({ term: term('summary.rights'), details: [list(rights, 'compact'), how] });

  return [descriptionList(items, 'glance')];
}

/**
 * The purposes with their legal bases: each with its own, or, when one basis
 * is stated for them all, the list followed by that basis once.
 */
function purposesWithBases(context: RenderContext): BlockContent[] {
  const { notice } = context;
  const bases = notice.document.purposes.items.map((_, index) => effectiveLegalBasis(notice, index));
  const shared = bases.every((basis) => basis?.scope === 'notice') ? bases[0] : undefined;
  const items = notice.document.purposes.items.map((purpose, index) => {
    const name = nameOf(context, 'purposes', purpose.id);
    if (shared !== undefined) return listItem([paragraph(name)]);
    const basis = bases[index];
    return listItem([paragraph([...name, ...withArticleReferences(` — ${basis === undefined ? context.t('summary.basisNotStated') : legalBasisLabel(basis.basis, context)}`)])]);
  });
  return shared === undefined ? [list(items)] : [list(items), paragraph(labelled(context.t('legalBasis.label'), withArticleReferences(legalBasisLabel(shared.basis, context))))];
}

/** Lines without repeats: two rules with the same period and scope read as one. */
function uniqueLines(lines: readonly PhrasingContent[][]): PhrasingContent[][] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = JSON.stringify(line);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
