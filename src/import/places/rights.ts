import type { NoticeDocument } from '../../model/index.ts';
import type { Block } from '../blocks.ts';
import type { Draft } from '../draft.ts';
import { classify, RIGHTS } from '../facts/kinds.ts';
import type { Section } from '../sections.ts';
import { aroundList, bySubheading, flat, headerRows, placed, proseOf } from './prose.ts';

type Rights = NonNullable<NoticeDocument['rights']>;
type RightItem = NonNullable<Rights['items']>[number];

const HOW =
  /pyyn(?:tö|nöt|nön|töjen)|ottamalla yhteyttä|lähettämällä|voi esittää|tulee (?:esittää|lähettää|toimittaa)|send (?:a |your )?request|requests? (?:should|must|can) be|contact us|by sending|begäran (?:ska|kan|skickas)|kontakta oss/iu;
const COMPLAINT = /valitu|kantelu|complaint|klagomål|klaga hos/iu;
const OBJECTION = /^(?:\p{L}+\s){0,3}(?:oikeus vastustaa|oikeus kieltää|right to object|rätt att invända|rätt att motsätta)/iu;

/**
 * The data subject's rights: each list item, sub-heading or section of its
 * own (`Tarkastusoikeus`) an item covering the rights its words name
 * (`oikaisua ja poistamista` → rectification, erasure). The text before the
 * list is the introduction; after it, a paragraph on how to make a request is
 * `howToExercise`, one on the right to complain goes to `complaint`, one that
 * states the right to object goes apart to `objection`. An item that names
 * no right stays in the introduction's words.
 */
export function placeRights(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const rights: Rights = { ...draft.parts.rights };
  const items: RightItem[] = [...(rights.items ?? [])];
  const description: Block[] = [];
  const how: Block[] = [];
  const complaint: Block[] = [];
  const objection: Block[] = [];
  const pointers: string[] = [];
  const add = (label: string, text: string | undefined, covers: readonly RightItem['covers'][number][], source: string) => {
    items.push({
      covers: [...covers] as RightItem['covers'],
      label: draft.text(label),
      ...(text === undefined || text === '' ? {} : { description: draft.text(text) }),
    });
    draft.fact({ kind: 'right', value: covers.join(', '), confidence: 'medium', source, pointer: `/rights/items/${String(items.length - 1)}` });
  };
  const blocks = section.blocks.filter((block) => !(block.kind === 'row' && block.emphasised === true));
  if (section.topic === 'right' && section.right !== undefined) {
    add(flat(section.heading), proseOf(blocks), [section.right], section.heading.text);
    draft.structure.push(section.heading.text);
  } else {
    const sort = (paragraphs: readonly Block[], afterList: boolean) => {
      for (const block of paragraphs) {
        const text = flat(block);
        if (block.kind === 'paragraph' && COMPLAINT.test(text) && afterList) complaint.push(block);
        else if (block.kind === 'paragraph' && OBJECTION.test(text)) objection.push(block);
        else if (block.kind === 'paragraph' && HOW.test(text) && afterList) how.push(block);
        else description.push(block);
      }
    };
    for (const group of bySubheading(blocks)) {
      if (group.heading !== undefined) {
        const covers = classify(`${group.heading.text}`, RIGHTS).kinds;
        const text = proseOf(group.blocks);
        if (covers.length > 0) add(flat(group.heading), text, covers, group.heading.text);
        else if (HOW.test(`${group.heading.text} ${text}`)) how.push(group.heading, ...group.blocks);
        else description.push(group.heading, ...group.blocks);
        continue;
      }
      const { before, items: listed, after } = aroundList(group.blocks);
      sort(before, listed.length === 0);
      for (const item of listed) {
        const text = flat(item);
        const covers = classify(text, RIGHTS).kinds;
        if (covers.length > 0) add(text, undefined, covers, item.text);
        else description.push(item);
      }
      sort(after, true);
    }
  }
  const text = (existing: string | undefined, blocks: readonly Block[]) =>
    [existing, proseOf(blocks)].filter((part) => part !== undefined && part !== '').join('\n\n');
  const intro = text(rights.description?.[draft.language], description);
  const howText = text(rights.howToExercise?.[draft.language], how);
  const objectionText = text(rights.objection?.[draft.language], objection);
  draft.parts.rights = {
    ...(intro === '' ? {} : { description: draft.text(intro) }),
    ...(items.length === 0 ? {} : { items: items as [RightItem, ...RightItem[]] }),
    ...(howText === '' ? {} : { howToExercise: draft.text(howText) }),
    ...(objectionText === '' ? {} : { objection: draft.text(objectionText) }),
  };
  if (Object.keys(draft.parts.rights).length === 0) delete draft.parts.rights;
  else pointers.push('/rights');
  if (complaint.length > 0) pointers.push(addComplaint(complaint, draft));
  placed(draft, section, section.topic, pointers);
}

/** Adds words on the right to complain to `complaint` (the authority's details only where the notice asks: never by the importer). */
export function addComplaint(blocks: readonly Block[], draft: Draft): string {
  const text = [draft.parts.complaint?.description?.[draft.language], proseOf(blocks)].filter((part) => part !== undefined && part !== '').join('\n\n');
  if (text === '') return '';
  draft.parts.complaint = { description: draft.text(text) };
  return '/complaint';
}

/** A section on the right to complain to the supervisory authority. */
export function placeComplaint(section: Section, draft: Draft): void {
  headerRows(section, draft);
  placed(draft, section, 'complaint', [addComplaint(section.blocks, draft)]);
}
