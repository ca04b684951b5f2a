import type { Block } from './blocks.ts';
import { normalise } from './text.ts';

/** A bullet at the start of a line: `·`, `•`, `-`, `*`, `–`, or `a)` / `1)`. */
export const BULLET = /^\s*(?:[·•●○◦▪■□➢►✓–—*+-]|\(?[A-Za-zÅÄÖåäö0-9]{1,2}\))\s+/u;

/**
 * Plain text as blocks: a line with a bullet is a list item, other lines run
 * together into a paragraph until a blank line (keeping their line breaks),
 * and a line on its own that could be a heading stays alone. Which
 * paragraphs are headings is decided later, from the whole document.
 */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let start = 0;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n'), line: start });
    paragraph = [];
  };
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  lines.forEach((raw, index) => {
    const line = normalise(raw);
    if (line === '') {
      flush();
      return;
    }
    const bullet = BULLET.exec(raw);
    if (bullet !== null) {
      flush();
      const item = normalise(raw.slice(bullet[0].length));
      if (item !== '') blocks.push({ kind: 'item', text: item, line: index + 1 });
      return;
    }
    // a numbered line starts a block of its own: it may be a heading
    if (/^\d{1,2}(?:\.\d{1,2})*\.?\s+\S/u.test(line) && !/^\d{1,2}\.\d{1,2}\.\d{2,4}/u.test(line)) flush();
    if (paragraph.length === 0) start = index + 1;
    paragraph.push(line);
  });
  flush();
  return blocks;
}
