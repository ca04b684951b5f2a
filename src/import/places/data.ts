import type { NoticeDocument } from '../../model/index.ts';
import type { Block } from '../blocks.ts';
import type { Draft } from '../draft.ts';
import { CATEGORY_KINDS, classify, SUBJECT_KINDS } from '../facts/kinds.ts';
import type { Section } from '../sections.ts';
import { IdSet, normalise } from '../text.ts';
import { aroundList, bySubheading, flat, headerRows, placed, proseOf } from './prose.ts';

type Category = NonNullable<NonNullable<NoticeDocument['dataCategories']>['items']>[number];
type Group = NonNullable<NonNullable<NoticeDocument['dataSubjects']>['groups']>[number];

/** A paragraph about whose data are processed, rather than which data. */
const ABOUT_SUBJECTS =
  /rekisteriin (?:voidaan )?(?:tallen|kerä|merki)\p{L}* tietoja|rekisteröityjä ovat|rekisteröitynä on|käsittelemme (?:\p{L}+ )?henkilöiden|data subjects (?:are|include)|(?:persons|individuals) whose|we (?:collect|process) (?:personal )?data (?:of|about|on) (?!you)|register contains (?:personal )?data (?:on|about|of)|registrerade är|personer vars/iu;
const CONSENT = /suostumuksella|suostumuksen perusteella|with (?:your|their|the data subject'?s) consent|med (?:ditt |den registrerades )?samtycke/iu;

/** A list item, table row or sub-heading as the label of an item, and the words under it as its description. */
interface Entry {
  readonly label: string;
  readonly description?: string;
  readonly source: string;
}

function entriesOf(blocks: readonly Block[]): { entries: Entry[]; rest: Block[] } | undefined {
  const groups = bySubheading(blocks);
  if (groups.some((group) => group.heading !== undefined)) {
    const rest = groups.filter((group) => group.heading === undefined).flatMap((group) => group.blocks);
    const entries = groups.flatMap((group) => {
      if (group.heading === undefined) return [];
      const text = proseOf(group.blocks);
      return [{ label: flat(group.heading), ...(text === '' ? {} : { description: text }), source: group.heading.text }];
    });
    return { entries, rest };
  }
  return undefined;
}

function listEntries(items: readonly Block[]): Entry[] {
  return items.map((item) => {
    const cells = (item.cells ?? []).map(normalise).filter((cell) => cell !== '');
    if (item.kind === 'row' && cells.length > 1) return { label: cells[0] ?? '', description: cells.slice(1).join('\n\n'), source: item.text };
    return { label: flat(item), source: item.text };
  });
}

/**
 * What data are processed: each list item, table row (its first cell the
 * label, the others its description) or sub-heading a data category, with
 * its kinds read from its words (`henkilötunnus` → the personal identity
 * code, `evästeet` → cookies) and whether it is collected with consent. The
 * paragraph before the list is its introduction; a paragraph about whose
 * data are kept (“Rekisteriin voidaan tallentaa tietoja … asiakkaista”) is
 * the data subjects' description.
 */
export function placeDataCategories(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const pointers: string[] = [];
  const blocks = section.blocks.filter((block) => !(block.kind === 'row' && block.emphasised === true));
  const bySub = entriesOf(blocks);
  const split = bySub === undefined ? aroundList(blocks) : { before: bySub.rest, items: [], after: [] };
  const entries = bySub?.entries ?? listEntries(split.items);
  const subjects: Block[] = [];
  const intro: Block[] = [];
  for (const block of [...split.before, ...split.after]) {
    const text = flat(block);
    if (block.kind === 'paragraph' && ABOUT_SUBJECTS.test(text) && !text.endsWith(':')) subjects.push(block);
    else intro.push(block);
  }
  if (subjects.length > 0) pointers.push(addSubjects(proseOf(subjects), [], draft));
  const ids = new IdSet('tiedot');
  const items: Category[] = entries.map((entry, index) => {
    const { kinds, words } = classify(`${entry.label} ${entry.description ?? ''}`, CATEGORY_KINDS);
    const consent = CONSENT.exec(`${entry.label} ${entry.description ?? ''}`);
    const pointer = `/dataCategories/items/${String(index)}`;
    if (kinds.length > 0)
      draft.fact({ kind: 'category-kinds', value: kinds.join(', '), confidence: 'medium', source: words.join(', '), pointer: `${pointer}/kinds` });
    if (consent !== null)
      draft.fact({ kind: 'collected-with-consent', value: 'true', confidence: 'medium', source: consent[0], pointer: `${pointer}/collectedWithConsent` });
    return {
      id: ids.take(entry.label, 3),
      ...(kinds.length === 0 ? {} : { kinds }),
      ...(consent === null ? {} : { collectedWithConsent: true }),
      label: draft.text(entry.label),
      ...(entry.description === undefined ? {} : { description: draft.text(entry.description) }),
    };
  });
  const description = proseOf(intro);
  if (items.length > 0 || description !== '') {
    draft.parts.dataCategories = {
      ...(description === '' ? {} : { description: draft.text(description) }),
      ...(items.length === 0 ? {} : { items: items as [Category, ...Category[]] }),
    };
    pointers.push('/dataCategories');
  }
  placed(draft, section, 'dataCategories', pointers);
}

/** Whose data are processed: list items (or sub-headings, table rows) as groups with their kinds, paragraphs as the description. */
export function placeDataSubjects(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const blocks = section.blocks.filter((block) => !(block.kind === 'row' && block.emphasised === true));
  const bySub = entriesOf(blocks);
  const split = bySub === undefined ? aroundList(blocks) : { before: bySub.rest, items: [], after: [] };
  const entries = bySub?.entries ?? listEntries(split.items);
  const pointer = addSubjects(proseOf([...split.before, ...split.after]), entries, draft);
  placed(draft, section, 'dataSubjects', [pointer]);
}

/** Adds a description and groups to the data subjects. */
function addSubjects(text: string, entries: readonly Entry[], draft: Draft): string {
  const existing = draft.parts.dataSubjects;
  const before = existing?.description?.[draft.language];
  const description = [before, text].filter((part) => part !== undefined && part !== '').join('\n\n');
  const ids = new IdSet('rekisteroidyt');
  for (const group of existing?.groups ?? []) ids.take(group.id);
  const offset = existing?.groups?.length ?? 0;
  const groups: Group[] = [
    ...(existing?.groups ?? []),
    ...entries.map((entry, index) => {
      const { kinds, words } = classify(`${entry.label} ${entry.description ?? ''}`, SUBJECT_KINDS);
      if (kinds.length > 0)
        draft.fact({
          kind: 'subject-kinds',
          value: kinds.join(', '),
          confidence: 'medium',
          source: words.join(', '),
          pointer: `/dataSubjects/groups/${String(offset + index)}/kinds`,
        });
      return {
        id: ids.take(entry.label, 3),
        ...(kinds.length === 0 ? {} : { kinds }),
        label: draft.text(entry.label),
        ...(entry.description === undefined ? {} : { description: draft.text(entry.description) }),
      };
    }),
  ];
  if (description === '' && groups.length === 0) return '';
  draft.parts.dataSubjects = {
    ...(description === '' ? {} : { description: draft.text(description) }),
    ...(groups.length === 0 ? {} : { groups: groups as [Group, ...Group[]] }),
  };
  return '/dataSubjects';
}
