import type { PhrasingContent } from 'mdast';
import type { LocalizedText, Notice } from '../model/index.ts';
import type { RenderContext } from './context.ts';
import { text } from './nodes.ts';

/** The collections of a notice whose items other parts name by id. */
export type Collection = 'purposes' | 'dataCategories' | 'dataSubjects' | 'sources' | 'recipients';

/** An item as other parts name it: its id, and the pointer and value of the text that names it. */
interface Named {
  readonly id: string;
  readonly pointer: string;
  readonly text: LocalizedText;
}

function namedItems(document: Notice['document'], collection: Collection): Named[] {
  const labelled = (pointer: string, items: readonly { readonly id: string; readonly label: LocalizedText }[] | undefined): Named[] =>
    (items ?? []).map((item, index) => ({ id: item.id, pointer: `${pointer}/${index}/label`, text: item.label }));
  switch (collection) {
    case 'purposes':
      // A purpose without a short name is named by its description.
      return (document.purposes?.items ?? []).map((purpose, index) => {
        const pointer = `/purposes/items/${index}`;
        if (purpose.name !== undefined) return { id: purpose.id, pointer: `${pointer}/name`, text: purpose.name };
        if (purpose.label !== undefined) return { id: purpose.id, pointer: `${pointer}/label`, text: purpose.label };
        return { id: purpose.id, pointer: `${pointer}/description`, text: purpose.description };
      });
    case 'dataCategories':
      return labelled('/dataCategories/items', document.dataCategories?.items);
    case 'dataSubjects':
      return labelled('/dataSubjects/groups', document.dataSubjects?.groups);
    case 'sources':
      return labelled('/sources/items', document.sources?.items);
    case 'recipients':
      return labelled('/recipients/items', document.recipients?.items);
  }
}

/**
 * What the page calls an item that another part of the notice names by id:
 * a category's or group's label, a purpose's name (or, without one, its
 * description), in the page's language and without the `;` or `.` it carries
 * as a line of running text.
 */
export function nameOf(context: RenderContext, collection: Collection, id: string): PhrasingContent[] {
  const item = namedItems(context.notice.document, collection).find((candidate) => candidate.id === id);
  return item === undefined ? [text(id)] : context.inlineTrimmed(item.text, item.pointer);
}

/** Several names joined the way the page's language lists things: `a, b ja c`. */
export function namesOf(context: RenderContext, collection: Collection, ids: readonly string[]): PhrasingContent[] {
  return joinAnd(
    ids.map((id) => nameOf(context, collection, id)),
    context,
  );
}

/** Inline parts joined by the locale's `and`, keeping each part's markup. */
export function joinAnd(parts: readonly PhrasingContent[][], context: RenderContext): PhrasingContent[] {
  return textAround(parts, (marks) => context.texts.and(marks));
}

/**
 * A standard text written around inline parts, keeping each part's markup:
 * `write` gets a mark for each part and places them, e.g. `Säädösperuste: <mark>.`
 */
export function textAround(parts: readonly PhrasingContent[][], write: (marks: string[]) => string): PhrasingContent[] {
  const written = write(parts.map((_, index) => `\u0000${index}\u0000`));
  return written.split(/\u0000(\d+)\u0000/u).flatMap((piece, position) => (position % 2 === 1 ? (parts[Number(piece)] ?? []) : piece === '' ? [] : [text(piece)]));
}

