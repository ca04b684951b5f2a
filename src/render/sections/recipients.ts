import type { BlockContent, PhrasingContent } from 'mdast';
import { at, noticePointer, stateOf, stated, type Place, type Recipient } from '../../model/index.ts';
import { showsLabels } from '../listed.ts';
import { annotated, countryName } from '../format.ts';
import { lawCitations } from '../law.ts';
import { fact, labelled, paragraph, strong, text } from '../nodes.ts';
import type { SectionBuilder } from './section.ts';

/**
 * Who receives the data: each recipient or category by its label and name,
 * unless the notice states them in running text (`listed: false`).
 * `none` is the notice's words, else one sentence that says so. A recipient's
 * role feeds the record and lint; its country appears only where the
 * recipient has no words of its own; the law it receives the data under is
 * the notice's citation, always shown.
 */
export const recipientsSection: SectionBuilder = {
  key: 'recipients',
  build(context) {
    /** The law a recipient receives the data under: the notice's citation, always shown. */
    const lawOf = (recipient: Recipient, pointer: Place<Recipient>): BlockContent[] =>
      recipient.law === undefined ? [] : [fact(labelled(context.t('legalBasis.law'), lawCitations(recipient.law, at(pointer, 'law'), context)))];
    const recipients = stated(context.notice.document.recipients);
    if (recipients === undefined) return [];
    const blocks = context.blocks(recipients.description, noticePointer('recipients', 'description'));
    const ownWords = blocks.length > 0;
    if (stateOf(recipients) === 'none' && !ownWords) blocks.push(fact([text(context.t('recipients.none'))]));
    const labels = showsLabels(recipients, recipients.items ?? []);
    const items = (recipients.items ?? []).map((recipient, index) => {
      const pointer = noticePointer('recipients', 'items', index);
      const own = context.blocks(recipient.description, at(pointer, 'description'));
      if (!labels) return [...own, ...lawOf(recipient, pointer)];
      const name = context.value(recipient.name);
      const label: PhrasingContent[] = [strong(context.inline(recipient.label, at(pointer, 'label'))), ...(name.length === 0 ? [] : [text(': '), ...name])];
      const country = own.length > 0 || recipient.country === undefined ? [] : [countryName(recipient.country, context)];
      return [paragraph(annotated(label, country)), ...own, ...lawOf(recipient, pointer)];
    });
    blocks.push(...items.flat());
    if (!ownWords && recipients.notDisclosedFor !== undefined) {
      blocks.push(
        fact([
          text(
            context.t('recipients.notDisclosedFor', {
              purposes: context.texts.or(recipients.notDisclosedFor.map((code) => context.t(`notDisclosedFor.${code}`))),
            }),
          ),
        ]),
      );
    }
    return blocks;
  },
};
