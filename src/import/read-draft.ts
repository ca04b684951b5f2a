import type { Block } from './blocks.ts';
import { Draft } from './draft.ts';
import { dateLine } from './facts/dates.ts';
import { placePreamble, placeSection } from './places/index.ts';
import { flat } from './places/prose.ts';
import { outlineOf, type Section } from './sections.ts';
import { normalise, sentencesOf } from './text.ts';

/**
 * Reads one document in one language into a draft: its outline, a line that
 * only dates it (`Päivitetty 24.10.2022`) as the date, the opening lines,
 * then each section by the builder of its place. Last, every sentence of the
 * original is looked for in the draft, and a block whose words did not get
 * anywhere is kept in `unplaced`: nothing is lost, whatever a builder did.
 */
export function readDraft(blocks: readonly Block[], language: string): Draft {
  const draft = new Draft(language);
  const outline = outlineOf(blocks);
  const undated = (list: readonly Block[]) =>
    list.flatMap((block) => {
      if (block.kind !== 'paragraph' && block.kind !== 'heading') return [block];
      const lines = block.text.split('\n');
      const kept = lines.filter((line) => {
        const dated = dateLine(line);
        if (dated === undefined) return true;
        draft.dates.push({ ...dated, source: normalise(line) });
        draft.structure.push(normalise(line));
        return false;
      });
      if (kept.length === lines.length) return [block];
      return kept.length === 0 ? [] : [{ ...block, text: kept.join('\n') }];
    });
  const preamble = undated(outline.preamble);
  placePreamble(preamble, draft);
  const sections: Section[] = outline.sections.map((section) => ({ ...section, blocks: undated(section.blocks) }));
  for (const section of sections) {
    placeSection(section, draft);
    if (section.topic !== undefined) draft.structure.push(normalise(section.heading.text));
  }
  keepWhatIsLost([{ heading: undefined, blocks: preamble }, ...sections.map((section) => ({ heading: section.heading.text, blocks: section.blocks }))], draft);
  return draft;
}

/** Every string a draft holds, white space collapsed, for finding the original's sentences in it. */
export function draftText(draft: Draft): string {
  const strings: string[] = [...draft.structure, ...draft.factLines, ...draft.unplaced.map((block) => block.text), draft.registerLine?.text ?? ''];
  const visit = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(draft.parts);
  visit(draft.entities);
  visit(draft.sharedContact);
  return normalise(strings.join('\n'));
}

function keepWhatIsLost(parts: readonly { heading: string | undefined; blocks: readonly Block[] }[], draft: Draft): void {
  const text = draftText(draft);
  for (const part of parts) {
    for (const block of part.blocks) {
      const words = flat(block);
      if (words === '' || text.includes(words)) continue;
      const lines = block.text
        .split('\n')
        .map(normalise)
        .filter((line) => line !== '');
      const lost = lines.filter((line) => !text.includes(line) && sentencesOf(line).some((sentence) => !text.includes(sentence)));
      if (lost.length > 0) draft.unplace(part.heading, lost.join('\n\n'));
    }
  }
}
