import type { NoticeDocument, RecipientRole } from '../../model/index.ts';
import type { Block } from '../blocks.ts';
import type { Draft } from '../draft.ts';
import { classify, RECIPIENT_ROLES } from '../facts/kinds.ts';
import { lawsIn } from '../facts/laws.ts';
import { transfersIn } from '../facts/transfers.ts';
import type { Section } from '../sections.ts';
import { IdSet, normalise, words } from '../text.ts';
import { aroundList, bySubheading, flat, headerRows, placed, proseOf } from './prose.ts';
import { phraseOf } from './phrase.ts';
import { addTransfers } from './transfers.ts';

type Recipient = NonNullable<NonNullable<NoticeDocument['recipients']>['items']>[number];

const NOT_DISCLOSED =
  /(?:ei|eikä|eivät)\s(?:\p{L}+\s){0,3}luovut|not (?:be )?(?:disclosed|shared|passed on)|(?:no|none of the) (?:personal )?data (?:is|are) disclosed|lämnas (?:inte|ej) ut|inte lämnas ut/iu;
const QUALIFIED = words('säännönmukaisesti|regularly|routinely|regelbundet|ulkopuolisille kaupallisiin|markkinointitarkoituksiin|for marketing|kaupallisiin');

/**
 * To whom the data are disclosed: each list item, table row or sub-heading
 * a recipient with its role read from its words (`alihankkijat` →
 * processor). Where the section has only paragraphs, each paragraph that
 * names a kind of recipient starts one (labelled with the notice's words,
 * the paragraph its description), and the paragraphs after it belong to it.
 * A statement that nothing is disclosed makes `none: true` unless it is
 * qualified (“ei luovuteta säännönmukaisesti”: not regularly). A paragraph
 * on transfers outside the EU/EEA goes to `transfers`.
 */
export function placeRecipients(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const pointers: string[] = [];
  const blocks = section.blocks.filter((block) => !(block.kind === 'row' && block.emphasised === true));
  const transfers = blocks.filter((block) => block.kind === 'paragraph' && transfersIn(flat(block)).outsideEea !== undefined);
  if (transfers.length > 0) pointers.push(addTransfers(transfers, draft));
  const rest = blocks.filter((block) => !transfers.includes(block));
  const ids = new IdSet('vastaanottaja');
  const recipients: Recipient[] = [];
  const add = (label: string, text: string, description: string | undefined, source: string, confidence: 'medium' | 'low') => {
    const role: RecipientRole = classify(`${label} ${description ?? ''}`, RECIPIENT_ROLES).kinds[0] ?? 'other';
    const laws = lawsIn(text).map((found) => found.reference);
    const index = recipients.length;
    recipients.push({
      id: ids.take(label, 3),
      role,
      label: draft.text(label),
      ...(description === undefined ? {} : { description: draft.text(description) }),
      ...(laws.length === 0 ? {} : { law: laws.length === 1 ? laws[0] : laws }),
    } as Recipient);
    draft.fact({ kind: 'recipient', value: `${role}: ${label}`, confidence, source, pointer: `/recipients/items/${String(index)}` });
  };
  const description: Block[] = [];
  const groups = bySubheading(rest);
  if (groups.some((group) => group.heading !== undefined)) {
    for (const group of groups) {
      if (group.heading === undefined) description.push(...group.blocks);
      else {
        const text = proseOf(group.blocks);
        add(flat(group.heading), `${group.heading.text} ${text}`, text === '' ? undefined : text, group.heading.text, 'medium');
      }
    }
  } else {
    const { before, items, after } = aroundList(rest);
    for (const item of items) {
      const cells = (item.cells ?? []).map(normalise).filter((cell) => cell !== '');
      if (item.kind === 'row' && cells.length > 1) add(cells[0] ?? '', item.text, cells.slice(1).join('\n\n'), item.text, 'medium');
      else add(flat(item), item.text, undefined, item.text, 'medium');
    }
    if (items.length > 0) description.push(...before, ...after);
    else {
      let current: number | undefined;
      for (const block of [...before, ...after]) {
        const text = flat(block);
        const role = classify(text, RECIPIENT_ROLES);
        if (role.kinds.length > 0 && !NOT_DISCLOSED.test(text)) {
          add(phraseOf(text, role.words[0] ?? ''), text, text, text, 'low');
          current = recipients.length - 1;
        } else if (current !== undefined) {
          const recipient = recipients[current];
          if (recipient !== undefined)
            recipients[current] = { ...recipient, description: draft.text(`${recipient.description?.[draft.language] ?? ''}\n\n${text}`.trim()) };
        } else description.push(block);
      }
    }
  }
  const words = proseOf(description);
  const none = recipients.length === 0 && words !== '' && NOT_DISCLOSED.test(words) && !QUALIFIED.test(words);
  if (none) draft.fact({ kind: 'recipients', value: 'none', confidence: 'medium', source: words, pointer: '/recipients/none' });
  if (recipients.length > 0 || words !== '') {
    draft.parts.recipients = {
      ...(none ? { none: true as const } : {}),
      ...(words === '' ? {} : { description: draft.text(words) }),
      ...(recipients.length === 0 ? {} : { items: recipients as [Recipient, ...Recipient[]] }),
    };
    pointers.push('/recipients');
  }
  placed(draft, section, 'recipients', pointers);
}
