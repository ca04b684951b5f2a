import type { BlockContent, PhrasingContent } from 'mdast';
import { contactFor, effectiveLegalBasis, listedRights } from '../model/index.ts';
import type { RenderContext } from './context.ts';
import { asLines, contactLines } from './format.ts';
import { descriptionList, labelled, link, list, listItem, paragraph, text } from './nodes.ts';
import { legalBasisLabel } from './sections/legal-basis.ts';
import { retentionSentence } from './sections/retention.ts';

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
    const sentences = [...new Set(rules.map((rule, index) => retentionSentence(rule, `/retention/rules/${index}`, context)))];
    items.push({ term: term('summary.retention'), details: sentences.length === 1 ? [paragraph([text(sentences[0] ?? '')])] : [list(sentences.map((sentence) => listItem([paragraph([text(sentence)])])))] });
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
    const pointer = `/purposes/items/${index}`;
    const name = trimEnd(purpose.name === undefined ? context.inline(purpose.description, `${pointer}/description`) : context.inline(purpose.name, `${pointer}/name`));
    if (shared !== undefined) return listItem([paragraph(name)]);
    const basis = bases[index];
    return listItem([paragraph([...name, text(` — ${basis === undefined ? context.t('summary.basisNotStated') : legalBasisLabel(basis.basis, context)}`)])]);
  });
  return shared === undefined ? [list(items)] : [list(items), paragraph(labelled(context.t('legalBasis.label'), [text(legalBasisLabel(shared.basis, context))]))];
}

/** Drops a trailing `;`, `,` or `.` that a list item carried over from running text. */
function trimEnd(nodes: PhrasingContent[]): PhrasingContent[] {
  const last = nodes.at(-1);
  if (last?.type !== 'text') return nodes;
  return [...nodes.slice(0, -1), text(last.value.replace(/[\s;,.]+$/u, ''))];
}
