import type { PhrasingContent } from 'mdast';
import { namingText, type IdCollectionName } from '../model/index.ts';
import type { RenderContext } from './context.ts';
import { text } from './nodes.ts';

/**
 * What the page calls an item that another part of the notice names by id:
 * a category's or group's label, a purpose's name (or, without one, its
 * description), in the page's language and without the `;` or `.` it carries
 * as a line of running text.
 */
export function nameOf(context: RenderContext, collection: IdCollectionName, id: string): PhrasingContent[] {
  const named = namingText(context.notice.document, collection, id);
  return named === undefined ? [text(id)] : context.inlineTrimmed(named.text, named.place);
}

/** Several names joined the way the page's language lists things: `a, b ja c`. */
export function namesOf(context: RenderContext, collection: IdCollectionName, ids: readonly string[]): PhrasingContent[] {
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
  return written
    .split(/\u0000(\d+)\u0000/u)
    .flatMap((piece, position) => (position % 2 === 1 ? (parts[Number(piece)] ?? []) : piece === '' ? [] : [text(piece)]));
}
