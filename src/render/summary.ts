import type { BlockContent, PhrasingContent } from 'mdast';
import {
  at,
  collectionItems,
  contactFor,
  effectiveLegalBasis,
  listedRights,
  noticePointer,
  purposesOf,
  stateOf,
  stated,
  type Purpose,
} from '../model/index.ts';
import type { RenderContext } from './context.ts';
import { asLines, capitalised, contactLines } from './format.ts';
import { descriptionList, labelled, link, list, listItem, paragraph, text } from './nodes.ts';
import { joinAnd } from './references.ts';
import { controllerDetailsLines, controllerName } from './sections/controller.ts';
import { basesSummary } from './sections/legal-basis.ts';
import { retentionSentence } from './sections/retention.ts';
import { rightItemName, saysHowToUseRights } from './sections/rights.ts';

/** How long a name the summary cuts from a longer text may be, in characters: at most two lines of a phone's screen. */
const SHORT_NAME_LIMIT = 60;

/**
 * The “at a glance” layer, in the order a visitor asks: who is responsible,
 * why (each purpose by its short name) and on what legal basis (in a few
 * words), what data (the categories' short names on a line), who receives
 * them and whether they leave the EU/EEA, how long they are kept (each rule
 * with what it covers), the rights (named as the section names them, each a
 * link to it) and how to get in touch. It says only what the notice says: a
 * line whose fact the notice does not state is left out, never filled in;
 * where the notice gives no short name, the summary cuts one from the
 * notice's own words and marks the cut with “…”.
 */
export function buildSummary(context: RenderContext, sectionNumbers: ReadonlyMap<string, number>): BlockContent[] {
  const items: { term: PhrasingContent[]; details: BlockContent[] }[] = [];
  const add = (key: string, details: BlockContent[]) => {
    if (details.length > 0) items.push({ term: [text(context.t(key))], details });
  };
  add('summary.controller', controllerLine(context));
  add('summary.purposes', purposesWithBases(context));
  add('summary.data', dataLine(context));
  const recipients = recipientsLines(context);
  if (recipients.length > 0) add('summary.recipients', [...recipients, ...transfersLine(context)]);
  else add('summary.transfers', transfersLine(context));
  add('summary.retention', retentionLines(context));
  add('summary.rights', rightsLines(context, sectionNumbers));
  add('summary.contact', contactLine(context));
  return items.length === 0 ? [] : [descriptionList(items, 'glance')];
}

function controllerLine(context: RenderContext): BlockContent[] {
  const { notice } = context;
  if (stated(notice.document.controllers) === undefined || notice.controllerEntries.length === 0) return [];
  return [
    paragraph(
      joinAnd(
        notice.controllerEntries.map((entry) => controllerName(entry, context)),
        context,
      ),
    ),
  ];
}

/** The e-mail addresses, telephone numbers and web forms to write to about privacy: lines with a link, not the postal address. */
function contactLine(context: RenderContext): BlockContent[] {
  const { notice } = context;
  const contact = contactFor(notice, ['privacy', 'rights-requests', 'register', 'general']);
  const first = stated(notice.document.controllers) === undefined ? undefined : notice.controllers[0];
  const lines =
    contact !== undefined
      ? contactLines(contact, context, { pointer: noticePointer('contacts', notice.document.contacts?.indexOf(contact) ?? 0) })
      : first === undefined
        ? []
        : controllerDetailsLines(first, context);
  const reach = lines.filter((line) =>
    line.some((node) => node.type === 'link' || (node.type === 'span' && node.children.some((child) => child.type === 'link'))),
  );
  return reach.length === 0 ? [] : [paragraph(asLines(reach))];
}

/** The collections a retention rule names what it covers from. */
type Covered = 'purposes' | 'dataCategories' | 'dataSubjects';

/**
 * What the summary calls an item that a retention rule names by id: a
 * purpose or a data category as the summary lists it, a group by its label
 * cut to a few words; the id itself where the notice has no such item
 * (validation reports it).
 */
function shortNameById(context: RenderContext, collection: Covered, id: string): PhrasingContent[] {
  const index = collectionItems(context.notice.document, collection).findIndex((item) => item.id === id);
  const { document } = context.notice;
  if (index < 0) return [text(id)];
  if (collection === 'purposes') {
    const purpose = purposesOf(context.notice)[index];
    return purpose === undefined ? [text(id)] : purposeName(purpose, index, context);
  }
  if (collection === 'dataCategories') return categoryName(index, context);
  return context.inlineShortened(
    stated(document.dataSubjects)?.groups?.[index]?.label,
    noticePointer('dataSubjects', 'groups', index, 'label'),
    SHORT_NAME_LIMIT,
  );
}

/** A data category in the summary: its short name, else its label cut to a few words. */
function categoryName(index: number, context: RenderContext): PhrasingContent[] {
  const category = stated(context.notice.document.dataCategories)?.items?.[index];
  const pointer = noticePointer('dataCategories', 'items', index);
  if (category?.short !== undefined) return context.inlineTrimmed(category.short, at(pointer, 'short'));
  return context.inlineShortened(category?.label, at(pointer, 'label'), SHORT_NAME_LIMIT);
}

/** A purpose in the summary: its short name, else its name, else its description cut to a few words. */
function purposeName(purpose: Purpose, index: number, context: RenderContext): PhrasingContent[] {
  const pointer = noticePointer('purposes', 'items', index);
  if (purpose.short !== undefined) return context.inlineTrimmed(purpose.short, at(pointer, 'short'));
  if (purpose.name !== undefined) return context.inlineTrimmed(purpose.name, at(pointer, 'name'));
  return context.inlineShortened(purpose.description, at(pointer, 'description'), SHORT_NAME_LIMIT);
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
  const blocks: BlockContent[] = items.length === 0 ? [] : [list(items, shared ? 'compact' : undefined)];
  if (shared && generalWords.length > 0) blocks.push(paragraph(labelled(context.t('legalBasis.label'), generalWords)));
  return blocks;
}

/** The data categories by their short names, each said once, as a list that reads as a line. */
function dataLine(context: RenderContext): BlockContent[] {
  const categories = stated(context.notice.document.dataCategories)?.items ?? [];
  return inlineList(
    categories.map((_, index) => categoryName(index, context)),
    context,
  );
}

/**
 * Names as a list that the page shows on a line, each capitalised (“Nimi ja
 * yhteystiedot · Toimiala”): a list, not a sentence, so that names with “ja”
 * or a comma of their own stay apart. Each name is said once.
 */
function inlineList(names: readonly PhrasingContent[][], context: RenderContext): BlockContent[] {
  const shown = unique(names.filter((name) => name.length > 0));
  return shown.length === 0
    ? []
    : [
        list(
          shown.map((name) => listItem([paragraph(capitalised(name, context.locale))])),
          'inline',
        ),
      ];
}

/**
 * Who receives the data: the recipients by their labels (or names), whether
 * or not the section lists them; that the notice discloses the data to no
 * one, where it says so.
 */
function recipientsLines(context: RenderContext): BlockContent[] {
  const recipients = context.notice.document.recipients;
  if (stateOf(recipients) === 'none') return [paragraph([text(context.t('recipients.none'))])];
  const items = stated(recipients)?.items ?? [];
  return inlineList(
    items.map((recipient, index) =>
      recipient.label === undefined
        ? context.value(recipient.name)
        : context.inlineShortened(recipient.label, noticePointer('recipients', 'items', index, 'label'), SHORT_NAME_LIMIT),
    ),
    context,
  );
}

/** Whether the data leave the EU/EEA, as one sentence; nothing where the notice does not say. */
function transfersLine(context: RenderContext): BlockContent[] {
  const outsideEea = stated(context.notice.document.transfers)?.outsideEea;
  return outsideEea === undefined ? [] : [paragraph([text(context.t(`summary.transfers.${outsideEea}`))])];
}

/** Each retention rule with what it covers (by the summary's names) and its period or criterion, else its own words cut short; a rule said twice is said once. */
function retentionLines(context: RenderContext): BlockContent[] {
  const rules = stated(context.notice.document.retention)?.rules ?? [];
  const lines = unique(
    rules.flatMap((rule, index) => {
      const pointer = noticePointer('retention', 'rules', index);
      const sentence = retentionSentence(rule, pointer, context);
      // a rule stated only in words is summed up in its words
      const said = sentence.length > 0 ? sentence : context.inlineShortened(rule.description, at(pointer, 'description'), SHORT_NAME_LIMIT * 2);
      if (said.length === 0) return [];
      const scope = joinAnd(
        [
          ...(rule.appliesTo?.purposes ?? []).map((id) => shortNameById(context, 'purposes', id)),
          ...(rule.appliesTo?.dataCategories ?? []).map((id) => shortNameById(context, 'dataCategories', id)),
          ...(rule.appliesTo?.dataSubjects ?? []).map((id) => shortNameById(context, 'dataSubjects', id)),
        ],
        context,
      );
      return [capitalised(scope.length > 0 ? [...scope, text(': '), ...said] : said, context.locale)];
    }),
  );
  if (lines.length === 0) return [];
  return lines.length === 1 ? [paragraph(lines[0] ?? [])] : [list(lines.map((line) => listItem([paragraph(line)])))];
}

/**
 * The rights by the names the section gives them (the notice's own where it
 * words them, else the standard names), each a link to the section; where
 * the section says how to use them, a line that says so.
 */
function rightsLines(context: RenderContext, sectionNumbers: ReadonlyMap<string, number>): BlockContent[] {
  const rights = stated(context.notice.document.rights);
  const listed = new Set(listedRights(context.notice));
  const section = sectionNumbers.get('rights');
  const names = (rights?.items ?? []).flatMap((item, index) =>
    item.applies === false || !item.covers.some((right) => listed.has(right)) ? [] : [rightItemName(item, index, context)],
  );
  if (names.length === 0) return [];
  const linked = (name: PhrasingContent[]) => (section === undefined ? name : [link('#rights', name)]);
  const how = section !== undefined && saysHowToUseRights(rights) ? [paragraph([link('#rights', [text(context.t('summary.rightsHow', { section }))])])] : [];
  return [
    list(
      names.map((name) => listItem([paragraph(linked(name))])),
      'compact',
    ),
    ...how,
  ];
}

/** Names or lines without repeats: two that read the same are said once. */
function unique(lines: readonly PhrasingContent[][]): PhrasingContent[][] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = JSON.stringify(line);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
