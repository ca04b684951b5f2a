/**
 * A piece of the original document, as the importer reads it: a heading, a
 * paragraph, a list item or a table row, with its text as written (white
 * space collapsed, line breaks inside a paragraph kept as `\n`).
 */
export interface Block {
  readonly kind: 'heading' | 'paragraph' | 'item' | 'row';
  readonly text: string;
  /** For an explicit heading (`<h2>`, `## …`): its level, 1–6. */
  readonly level?: number;
  /** For a table row: its cells' texts. */
  readonly cells?: readonly string[];
  /** A table's header row, or a paragraph wholly in bold: a heading candidate. */
  readonly emphasised?: boolean;
  /** Where it starts in the original (1-based), where the format tells. */
  readonly line?: number;
}

/** The formats the importer reads; a DOCX file is converted to HTML first (src/node/import-file.ts). */
export type ImportFormat = 'text' | 'markdown' | 'html';

/** A block with the given text, its other properties kept. */
export function withText(block: Block, text: string): Block {
  return { ...block, text };
}
