import type { Block } from '../blocks.ts';
import type { Draft } from '../draft.ts';
import type { Section } from '../sections.ts';
import { headingWords } from '../headings.ts';
import { normalise } from '../text.ts';

/** A paragraph's text on one line: a line break inside a paragraph (a hard wrap, a `<br>`) read as a space. */
export function flat(block: Block): string {
  if (block.kind === 'heading') return headingWords(block.text);
  if (block.kind === 'row')
    return (block.cells ?? [block.text])
      .map(normalise)
      .filter((cell) => cell !== '')
      .join(' – ');
  return normalise(block.text);
}

/**
 * Blocks as a text of the notice: paragraphs separated by a blank line, a run
 * of two or more list items as a Markdown list, a sub-heading as a paragraph
 * of its own.
 */
export function proseOf(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length === 1) parts.push(list[0] ?? '');
    else if (list.length > 1) parts.push(list.map((item) => `- ${item}`).join('\n'));
    list = [];
  };
  for (const block of blocks) {
    const text = flat(block);
    if (text === '') continue;
    if (block.kind === 'item') list.push(text);
    else {
      flush();
      parts.push(text);
    }
  }
  flush();
  return parts.join('\n\n');
}

/** Blocks split at the first run of list items (or table rows): what comes before it, the run, and the rest. */
export function aroundList(blocks: readonly Block[]): { before: Block[]; items: Block[]; after: Block[] } {
  const start = blocks.findIndex((block) => block.kind === 'item' || (block.kind === 'row' && block.emphasised !== true));
  if (start === -1) return { before: [...blocks], items: [], after: [] };
  let end = start;
  while (end < blocks.length && (blocks[end]?.kind === 'item' || blocks[end]?.kind === 'row')) end += 1;
  return { before: blocks.slice(0, start), items: blocks.slice(start, end).filter((block) => block.emphasised !== true), after: blocks.slice(end) };
}

/** Blocks grouped by the sub-headings among them: the blocks before the first, then each sub-heading with its blocks. */
export function bySubheading(blocks: readonly Block[]): { heading?: Block; blocks: Block[] }[] {
  const groups: { heading?: Block; blocks: Block[] }[] = [{ blocks: [] }];
  for (const block of blocks) {
    if (block.kind === 'heading') groups.push({ heading: block, blocks: [] });
    else groups.at(-1)?.blocks.push(block);
  }
  return groups.filter((group, index) => index > 0 || group.blocks.length > 0);
}

/** The lines of blocks, for sections read line by line (controllers, contacts): a table row as `cell: cell`. */
export function linesOf(blocks: readonly Block[]): { text: string; block: Block }[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'row')
      return [
        {
          text: (block.cells ?? [])
            .map(normalise)
            .filter((cell) => cell !== '')
            .join(': '),
          block,
        },
      ];
    return block.text
      .split('\n')
      .map((line) => ({ text: normalise(line), block }))
      .filter((line) => line.text !== '');
  });
}

/** Header rows of tables in a section: column headings, structure rather than content. */
export function headerRows(section: Section, draft: Draft): void {
  for (const block of section.blocks) if (block.kind === 'row' && block.emphasised === true) draft.structure.push(...(block.cells ?? []));
}

/** Records where a section went. */
export function placed(draft: Draft, section: Section | undefined, topic: Section['topic'] | 'preamble' | 'unplaced', pointers: readonly string[]): void {
  draft.placed.push({
    heading: section?.heading.text,
    ...(section?.heading.line === undefined ? {} : { line: section.heading.line }),
    language: draft.language,
    topic: topic ?? 'unplaced',
    pointers: [...new Set(pointers.filter((pointer) => pointer !== ''))],
  });
}

/** A section's text kept in `unplaced` under its heading. */
export function placeUnplaced(section: Section, draft: Draft, blocks: readonly Block[] = section.blocks): string {
  return draft.unplace(section.heading.text, proseOf(blocks));
}
