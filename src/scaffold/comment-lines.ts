/** How wide a template's comment lines are at most, `# ` included, unless one word is longer. */
export const COMMENT_WIDTH = 100;

/** A word, or a code span in backticks kept on one line whatever spaces it holds. */
const WORD = /(?:`[^`\n]*`|[^\s`])+|`/gu;

/**
 * Prose as YAML comment lines (`# …`), wrapped at word boundaries to
 * {@link COMMENT_WIDTH} without breaking a code span (`fi: Pori Energia
 * -konserni`); an empty text gives one bare `#` line, a blank line in the
 * prose.
 */
export function commentLines(prose: string, indent = ''): string[] {
  const prefix = `${indent}# `;
  const words = prose.match(WORD) ?? [];
  if (words.length === 0) return [`${indent}#`];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > COMMENT_WIDTH) {
      lines.push(`${prefix}${line}`);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(`${prefix}${line}`);
  return lines;
}

/** Lines of YAML commented out, so that removing `# ` from each gives them back. */
export function commentedOut(lines: readonly string[], indent = ''): string[] {
  return lines.map((line) => `${indent}# ${line}`);
}
