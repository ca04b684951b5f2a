import type { BlockContent, PhrasingContent } from 'mdast';
import { at, contactFor, effectiveLegalBasis, listedRights, noticePointer, purposesOf, stated, type Purpose } from '../model/index.ts';
import type { RenderContext } from './context.ts';
import { asLines, contactLines } from './format.ts';
import { descriptionList, labelled, link, list, listItem, paragraph, text } from './nodes.ts';
import { joinAnd } from './references.ts';
import { trimEnd } from './trim-end.ts';
import { controllerDetailsLines, controllerName } from './sections/controller.ts';
import { basesSummary } from './sections/legal-basis.ts';
import { retentionScope, retentionSentence } from './sections/retention.ts';
import { saysHowToUseRights } from './sections/rights.ts';

/**
 * The “at a glance” layer: who is responsible and how to reach them, the
 * purposes with their legal bases, the kinds of data, how long they are kept,
 * whether they leave the EU/EEA, and the rights with where to read more. It
 * says only what the notice says: a line whose fact the notice does not state
 * is left out, never filled in.
 */
export function buildSummary(context: RenderContext, sectionNumbers: ReadonlyMap<string, number>): BlockContent[] {
  const { notice } = context;
  const { document } = notice;
  const items: { term: PhrasingContent[]; details: BlockContent[] }[] = [];
  const add = (key: string, details: BlockContent[]) => {
    if (details.length > 0) items.push({ term: [text(context.t(key))], details });
  };

  const controllers = stated(document.controllers) === undefined ? [] : notice.controllerEntries;
  if (controllers.length > 0) add('summary.controller', [paragraph(joinAnd(controllers.map((entry) => controllerName(entry, context)), context))]);

  const contact = contactFor(notice, ['privacy', 'rights-requests', 'register', 'general']);
  const first = controllers.length === 0 ? undefined : notice.controllers[0];
  const lines = contact !== undefined ? contactLines(contact, context, { pointer: noticePointer('contacts', document.contacts?.indexOf(contact) ?? 0) }) : first === undefined ? [] : controllerDetailsLines(first, context);
  const reach = lines.filter((line) => line.some((node) => node.type === 'link' || (node.type === 'span' && node.children.some((child) => child.type === 'link'))));
  if (reach.length > 0) add('summary.contact', [paragraph(asLines(reach))]);

  add('summary.purposes', purposesWithBases(context));

  const categories = stated(document.dataCategories)?.items ?? [];
  if (categories.length > 0) {
    const labels = categories.map((category, index) => listItem([paragraph(trimEnd(context.inline(category.label, noticePointer('dataCategories', 'items', index, 'label'))))]));
    add('summary.data', [list(labels, 'compact')]);
  }

  const rules = stated(document.retention)?.rules ?? [];
  const retention = uniqueLines(
    rules.flatMap((rule, index) => {
      const pointer = noticePointer('retention', 'rules', index);
      const sentence = retentionSentence(rule, pointer, context);
      // a rule stated only in words is summed up in its words
      const said = sentence.length > 0 ? sentence : context.inline(rule.description, at(pointer, 'description'));
      if (said.length === 0) return [];
      const scope = retentionScope(rule, context);
      return [scope.length > 0 ? [...scope, text(': '), ...said] : said];
    }),
  );
  if (retention.length > 0) add('summary.retention', retention.length === 1 ? [paragraph(retention[0] ?? [])] : [list(retention.map((line) => listItem([paragraph(line)])))]);

  const outsideEea = stated(document.transfers)?.outsideEea;
  if (outsideEea !== undefined) add('summary.transfers', [paragraph([text(context.t(`summary.transfers.${outsideEea}`))])]);

  const rights = listedRights(notice).map((right) => listItem([paragraph([text(context.t(`right.${right}.name`))])]));
  if (rights.length > 0) {
    const section = sectionNumbers.get('rights');
    const more = section === undefined ? [] : [paragraph([link('#rights', [text(context.t(saysHowToUseRights(stated(document.rights)) ? 'summary.rightsHow' : 'summary.rightsMore', { section }))])])];
    add('summary.rights', [list(rights, 'compact'), ...more]);
  }

  return items.length === 0 ? [] : [descriptionList(items, 'glance')];
}

/** A purpose in a few words: its short label, else its name, else its description. */
function purposeName(purpose: Purpose, index: number, context: RenderContext): PhrasingContent[] {
  const pointer = noticePointer('purposes', 'items', index);
  if (purpose.label !== undefined) return context.inlineTrimmed(purpose.label, at(pointer, 'label'));
  if (purpose.name !== undefined) return context.inlineTrimmed(purpose.name, at(pointer, 'name'));
  return context.inlineTrimmed(purpose.description, at(pointer, 'description'));
}

/**
 * The purposes with their legal bases: each with its own, or, when one basis
 * is stated for them all, the list followed by that basis once. A purpose
 * whose basis the notice does not state (or states only in words) is listed
 * without one.
 */
function purposesWithBases(context: RenderContext): BlockContent[] {
  const { notice } = context;
  const purposes = purposesOf(notice);
  const bases = purposes.map((_, index) => effectiveLegalBasis(notice, index));
  const general = stated(notice.document.legalBasis);
  const shared = bases.every((basis) => basis === undefined || basis.scope === 'notice') && general !== undefined;
  const generalWords = general === undefined ? [] : basesSummary(general, noticePointer('legalBasis'), context);
  const items = purposes.map((purpose, index) => {
    const name = purposeName(purpose, index, context);
    const basis = bases[index];
    const words = shared || basis === undefined ? [] : basesSummary(basis.statement, basis.pointer, context);
    return listItem([paragraph(words.length === 0 ? name : [...name, text(' — '), ...words])]);
  });
  const blocks: BlockContent[] = items.length === 0 ? [] : [list(items)];
  if (shared && generalWords.length > 0) blocks.push(paragraph(labelled(context.t('legalBasis.label'), generalWords)));
  return blocks;
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
