import type { BlockContent } from 'mdast';
import type { RenderContext } from '../context.ts';

/**
 * One section of the notice: its key (the anchor, and `section.<key>` for the
 * heading) and a builder that returns its content, or nothing when the notice
 * has nothing to say there.
 */
export interface SectionBuilder {
  readonly key: string;
  build(context: RenderContext): BlockContent[];
}
