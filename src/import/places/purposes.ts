import type { NoticeDocument } from '../../model/index.ts';
import type { Block } from '../blocks.ts';
import type { Draft } from '../draft.ts';
import { classify, PURPOSE_KINDS } from '../facts/kinds.ts';
import { basesIn, BASIS_WORDS } from '../facts/legal-basis.ts';
import { lawsIn } from '../facts/laws.ts';
import type { Section } from '../sections.ts';
import { IdSet } from '../text.ts';
import { addLegalBasis } from './legal-basis.ts';
import { addProvision, isProvision } from './provision.ts';
import { aroundList, bySubheading, flat, headerRows, placed, proseOf } from './prose.ts';

type Purpose = NonNullable<NonNullable<NoticeDocument['purposes']>['items']>[number];

/**
 * The purposes: each list item (or each sub-heading with its paragraphs, or
 * a table row) a purpose of its own, with its kinds read from its words; the
 * text before the list as the purposes' introduction; a paragraph that
 * states the legal basis (“perustuu … oikeutettuun etuun”) as the notice's
 * legal basis, and one on whether data must be given as `provision`. Without
 * a list, the paragraphs are one purpose.
 */
export function placePurposes(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const pointers: string[] = [];
  const ids = new IdSet('tarkoitus');
  for (const purpose of draft.parts.purposes?.items ?? []) ids.take(purpose.id);
  const items: Purpose[] = [...(draft.parts.purposes?.items ?? [])];
  const descriptions: Block[] = [];
  const basis: string[] = [];
  const provision: string[] = [];
  const sort = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      const text = flat(block);
      if (block.kind !== 'item' && BASIS_WORDS.test(text) && (basesIn(text).codes.length > 0 || lawsIn(text).length > 0)) basis.push(text);
      else if (block.kind !== 'item' && isProvision(text)) provision.push(text);
      else descriptions.push(block);
    }
  };
  const add = (description: string, name: string | undefined, source: string) => {
    const { kinds, words } = classify(`${name ?? ''} ${description}`, PURPOSE_KINDS);
    const index = items.length;
    items.push({
      id: ids.take(name ?? description, 3),
      ...(name === undefined ? {} : { name: draft.text(name) }),
      description: draft.text(description),
      ...(kinds.length === 0 ? {} : { kinds }),
    });
    pointers.push(`/purposes/items/${String(index)}`);
    if (kinds.length > 0)
      draft.fact({
        kind: 'purpose-kinds',
        value: kinds.join(', '),
        confidence: 'medium',
        source: words.join(', ') || source,
        pointer: `/purposes/items/${String(index)}/kinds`,
      });
  };
  const groups = bySubheading(section.blocks.filter((block) => !(block.kind === 'row' && block.emphasised === true)));
  if (groups.some((group) => group.heading !== undefined)) {
    for (const group of groups) {
      if (group.heading === undefined) {
        sort(group.blocks);
        continue;
      }
      const own = group.blocks.filter((block) => {
        const text = flat(block);
        return !(block.kind !== 'item' && BASIS_WORDS.test(text) && basesIn(text).codes.length > 0 && group.blocks.length > 1 && (basis.push(text), true));
      });
      const text = proseOf(own);
      if (text === '') add(flat(group.heading), undefined, group.heading.text);
      else add(text, flat(group.heading), group.heading.text);
    }
  } else {
    const { before, items: listed, after } = aroundList(section.blocks);
    sort(before);
    const intro = [...descriptions];
    descriptions.length = 0;
    for (const item of listed) {
      if (item.kind === 'row' && (item.cells?.length ?? 0) > 1) {
        const [name = '', ...rest] = item.cells ?? [];
        add(rest.filter((cell) => cell !== '').join('\n\n') || name, rest.some((cell) => cell !== '') ? name : undefined, item.text);
      } else add(flat(item), undefined, item.text);
    }
    sort(after);
    descriptions.unshift(...intro);
    if (listed.length === 0 && descriptions.length > 0) {
      add(proseOf(descriptions), undefined, descriptions[0]?.text ?? '');
      descriptions.length = 0;
    }
  }
  const intro = proseOf(descriptions);
  if (items.length > 0 || intro !== '') {
    const existing = draft.parts.purposes?.description?.[draft.language];
    const description = [existing, intro].filter((part) => part !== undefined && part !== '').join('\n\n');
    draft.parts.purposes = {
      ...(description === '' ? {} : { description: draft.text(description) }),
      ...(items.length === 0 ? {} : { items: items as [Purpose, ...Purpose[]] }),
    };
    if (intro !== '') pointers.push('/purposes/description');
  }
  if (basis.length > 0) pointers.push(addLegalBasis(basis.join('\n\n'), draft));
  if (provision.length > 0) pointers.push(addProvision(provision.join('\n\n'), draft));
  placed(draft, section, 'purposes', pointers);
}
