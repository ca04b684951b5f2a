import type { BlockContent, PhrasingContent } from 'mdast';
import { at, contactFor, noticePointer, objectionGrounds, stated, type LocalizedText, type Notice, type Place, type Right } from '../../model/index.ts';
import type { RenderContext } from '../context.ts';
import { asLines, contactLines, formatDuration } from '../format.ts';
import { division, fact, heading, labelled, list, listItem, paragraph, strong, text } from '../nodes.ts';
import { namesOf } from '../references.ts';
import { controllerDetailsLines } from './controller.ts';
import type { SectionBuilder } from './section.ts';

type Rights = NonNullable<Notice['document']['rights']>;
type RightItem = NonNullable<Rights['items']>[number];

/** What the notice says about requests: on what conditions, for what fee, how the requester is identified, and how soon they are answered. */
type RequestTerms = Pick<Rights, 'conditions' | 'fee' | 'identification' | 'deadline'>;

/**
 * The data subject's rights as the notice lists and words them, each with
 * the conditions, fee, identification and deadline it states; the right to
 * object set apart (GDPR Art. 21(4): “clearly and separately from any other
 * information”); and how to use the rights. seloste's standard explanations
 * appear only where the notice asks for them (`explain: true`), and never for
 * an item that has words of its own.
 */
export const rightsSection: SectionBuilder = {
  key: 'rights',
  build(context) {
    const rights = stated(context.notice.document.rights);
    if (rights === undefined) return [];
    const explain = rights.explain === true;
    const intro = context.blocks(rights.description, noticePointer('rights', 'description'));
    const blocks: BlockContent[] = intro.length > 0 || !explain ? intro : [paragraph([text(context.t('rights.intro'))])];
    const items = rightItems(rights, explain, context);
    if (items.length > 0) blocks.push(list(items, 'rights'));
    blocks.push(...termsBlocks(rights, noticePointer('rights'), context));
    blocks.push(...objectionBlock(rights, explain, context));
    blocks.push(...howToExercise(rights, explain, context));
    return blocks;
  },
};

/** Whether the section says how to use the rights: in the notice's words, or in seloste's where it asks. */
export function saysHowToUseRights(rights: Rights | undefined): boolean {
  return rights !== undefined && (rights.howToExercise !== undefined || rights.explain === true);
}

function rightItems(rights: Rights, explain: boolean, context: RenderContext) {
  return (rights.items ?? []).map((item, index) => {
    const pointer = noticePointer('rights', 'items', index);
    const children: BlockContent[] = [paragraph([strong(rightItemName(item, index, context))])];
    const words = context.blocks(item.description, at(pointer, 'description'));
    if (words.length > 0) children.push(...words);
    else if (item.applies === false) children.push(fact([text(context.t('rights.doesNotApply'))]));
    else if (explain) children.push(paragraph([text(item.covers.map((right) => context.t(`right.${right}.description`)).join(' '))]));
    const scope = [
      ...(item.appliesTo?.purposes === undefined ? [] : [namesOf(context, 'purposes', item.appliesTo.purposes)]),
      ...(item.appliesTo?.dataSubjects === undefined ? [] : [namesOf(context, 'dataSubjects', item.appliesTo.dataSubjects)]),
    ];
    if (scope.length > 0)
      children.push(
        paragraph(
          labelled(
            context.t('common.appliesTo'),
            scope.flatMap((names, position) => (position === 0 ? names : [text('; '), ...names])),
          ),
        ),
      );
    if (item.applies !== false) children.push(...termsBlocks(item, pointer, context));
    return listItem(children);
  });
}

/** What the section calls a right it lists: the notice's own words for it, else the standard names of the rights it covers. The summary names it the same. */
export function rightItemName(item: RightItem, index: number, context: RenderContext): PhrasingContent[] {
  const own = context.inline(item.label, noticePointer('rights', 'items', index, 'label'));
  return own.length > 0 ? own : rightNames(item.covers, context);
}

/** The standard names of rights: `Oikeus tarkastaa tiedot ja Oikeus oikaista tiedot`. */
function rightNames(rights: readonly Right[], context: RenderContext): PhrasingContent[] {
  return [text(context.texts.and(rights.map((right) => context.t(`right.${right}.name`))))];
}

/** The conditions, fee, identification and deadline of requests, each only as stated. */
function termsBlocks(terms: RequestTerms, pointer: Place<RequestTerms>, context: RenderContext): BlockContent[] {
  const blocks: BlockContent[] = [];
  const line = (key: string, value: LocalizedText | undefined, term: 'conditions' | 'identification') => {
    if (value !== undefined) blocks.push(paragraph(labelled(context.t(key), context.inline(value, at(pointer, term)))));
  };
  line('rights.conditions', terms.conditions, 'conditions');
  if (terms.fee === 'none') blocks.push(fact([text(context.t('rights.feeNone'))]));
  else if (terms.fee !== undefined) {
    const amount = context.inlineTrimmed(terms.fee.amount, at(pointer, 'fee', 'amount'));
    const when = context.inline(terms.fee.when, at(pointer, 'fee', 'when'));
    const value = [...amount, ...(amount.length > 0 && when.length > 0 ? [text(', ')] : []), ...when];
    if (value.length > 0) blocks.push(paragraph(labelled(context.t('rights.fee'), value)));
  }
  line('rights.identification', terms.identification, 'identification');
  if (terms.deadline !== undefined) blocks.push(fact(labelled(context.t('rights.deadline'), [text(formatDuration(terms.deadline, context))])));
  return blocks;
}

/** The right to object set apart: the notice's own statement, and seloste's standard ones where the notice asks for them. */
function objectionBlock(rights: Rights, explain: boolean, context: RenderContext): BlockContent[] {
  const grounds = objectionGrounds(context.notice);
  const own = context.blocks(rights.objection, noticePointer('rights', 'objection'));
  const standard: BlockContent[] = [];
  if (explain && own.length === 0) {
    if (grounds.legitimate) standard.push(paragraph([text(context.t('objection.legitimate'))]));
    if (grounds.directMarketing) standard.push(paragraph([strong([text(context.t('objection.directMarketing'))])]));
  }
  if (own.length === 0 && standard.length === 0) return [];
  return [division([heading(3, [text(context.t('objection.heading'))], { id: 'objection' }), ...own, ...standard], 'div', { className: ['objection'] })];
}

/** How to use the rights: the notice's words; seloste's standard text and the contact details only where the notice asks for them. */
function howToExercise(rights: Rights, explain: boolean, context: RenderContext): BlockContent[] {
  const own = context.blocks(rights.howToExercise, noticePointer('rights', 'howToExercise'));
  if (!explain) return own.length === 0 ? [] : [heading(3, [text(context.t('rights.howToExercise'))]), ...own];
  const { notice } = context;
  const contact = contactFor(notice, ['rights-requests', 'privacy', 'register', 'general']);
  const first = notice.controllers[0];
  const details =
    contact !== undefined
      ? contactLines(contact, context, { pointer: noticePointer('contacts', notice.document.contacts?.indexOf(contact) ?? 0) })
      : first === undefined
        ? []
        : controllerDetailsLines(first, context);
  return [
    heading(3, [text(context.t('rights.howToExercise'))]),
    ...(own.length > 0 ? own : [paragraph([text(context.t('rights.howToExerciseStandard'))])]),
    ...(details.length > 0 ? [paragraph(asLines(details))] : []),
  ];
}
