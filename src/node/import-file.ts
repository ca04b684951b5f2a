import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { visible } from '../diagnostics/index.ts';
import { PathError } from './path-error.ts';

/** Largest document `seloste import` reads: a notice of a hundred pages with its images is far smaller. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The formats `seloste import` reads a document in (src/import/blocks.ts); a DOCX file is read as HTML. */
export type ImportFileFormat = 'text' | 'markdown' | 'html';

/** A document read for import: its text (a DOCX file as HTML), its format, and what was noticed on the way. */
export interface ImportFile {
  readonly file: string;
  readonly text: string;
  readonly format: ImportFileFormat;
  /** Warnings: a text that was not UTF-8, parts of a DOCX file mammoth could not convert. */
  readonly warnings: readonly string[];
}

const FORMATS: Readonly<Record<string, ImportFileFormat | 'docx'>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
};

/**
 * Reads a document to import: a text file (UTF-8, or Windows-1252 as old
 * rekisteriseloste files often are, with a warning), Markdown, a saved web
 * page, or a Word document (.docx), which mammoth converts to HTML with its
 * headings, lists and tables. Anything else is a {@link PathError}.
 */
export async function readImportFile(file: string, cwd: string): Promise<ImportFile> {
  const path = resolve(cwd, file);
  const format = FORMATS[extname(path).toLowerCase()];
  if (format === undefined) {
    const hint = /\.(doc|rtf|odt|pdf)$/iu.test(path) ? '; save it as .docx (or the text as .txt) first' : '';
    throw new PathError([file], `${visible(file)} is not a document seloste can import: give a .txt, .md, .html or .docx file${hint}`);
  }
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new PathError([file], `${visible(file)} is not a regular file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof PathError) throw error;
    throw new PathError([file], `No such file: ${visible(file)}`);
  }
  if (size > MAX_IMPORT_BYTES)
    throw new PathError(
      [file],
      `${visible(file)} is too large to be a privacy notice (${(size / 1024 / 1024).toFixed(1)} MB, at most ${String(MAX_IMPORT_BYTES / 1024 / 1024)} MB)`,
    );
  const bytes = readFileSync(path);
  if (format === 'docx') {
    const { default: mammoth } = await import('mammoth');
    try {
      const result = await mammoth.convertToHtml({ buffer: bytes });
      return { file, text: result.value, format: 'html', warnings: result.messages.map((message) => `${file}: ${message.message}`) };
    } catch (error) {
      throw new PathError([file], `${visible(file)} could not be read as a Word document (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  try {
    return { file, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), format, warnings: [] };
  } catch {
    return {
      file,
      text: new TextDecoder('windows-1252').decode(bytes),
      format,
      warnings: [`${file}: not UTF-8; read as Windows-1252 (Latin-1), as older documents often are: check the letters ä, ö and å in the draft`],
    };
  }
}
