import type { PhrasingContent } from 'mdast';
import { text } from './nodes.ts';

/**
 * Drops a trailing `;`, `,` or `.` that a list item carried over from running
 * text, also from inside the markup the text ends in (`**Kumppanit.**`).
 */
export function trimEnd(nodes: PhrasingContent[]): PhrasingContent[] {
  const last = nodes.at(-1);
  if (last === undefined) return nodes;
  const trimmed = trimmedNode(last);
  return trimmed === undefined ? nodes.slice(0, -1) : [...nodes.slice(0, -1), trimmed];
}

/** A node without its trailing `;`, `,` or `.`; nothing when nothing else is left. */
function trimmedNode(node: PhrasingContent): PhrasingContent | undefined {
  if (node.type === 'text') {
    const value = node.value.replace(/[\s;,.]+$/u, '');
    return value === '' ? undefined : text(value);
  }
  if (!('children' in node)) return node;
  const children = trimEnd(node.children);
  return children.length === 0 ? undefined : ({ ...node, children } as PhrasingContent);
}
