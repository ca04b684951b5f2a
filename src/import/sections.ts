import type { Right } from '../model/index.ts';
import type { Block } from './blocks.ts';
import { headingNumber, headingWords, matchHeading, type Topic } from './headings.ts';
import { normalise } from './text.ts';

/** A part of the original under one heading, and where the heading places it (no topic: it goes to `unplaced`). */
export interface Section {
  readonly heading: Block;
  readonly level: number;
  readonly topic?: Topic;
  readonly right?: Right;
  /** Its content in order; a sub-heading is a block of kind `heading`. */
  readonly blocks: Block[];
}

/** The original split at its headings: what comes before the first section, and the sections. */
export interface Outline {
  readonly preamble: readonly Block[];
  readonly sections: readonly Section[];
  /** Whether the headings are numbered (`1. Rekisterinpitäjä`), as in the pre-2018 layout. */
  readonly numbered: boolean;
}

/** A block that may be a heading, with the level it would have. */
interface Candidate {
  readonly block: Block;
  readonly level: number;
  readonly topic: ReturnType<typeof matchHeading>;
}

const SUB_LEVEL = 7;
const WORD_LIMIT = 12;

/**
 * Finds the headings of a document and splits it into sections. Explicit
 * headings (HTML, Markdown, a DOCX file's heading styles) always count. A
 * paragraph on one line counts when the document numbers its headings and
 * this one continues the numbering (the seed's repeated 7 and 8 included),
 * or, in a document without numbered headings, when it names a section of
 * the heading table, or is in bold. A heading that names no section starts
 * a section of its own (its text goes to `unplaced`) unless it is below the
 * current section's heading, where it is a sub-heading of it.
 */
export function outlineOf(input: readonly Block[]): Outline {
  const blocks = input.flatMap(splitFirstLine);
  const explicitLevels = blocks.filter((block) => block.kind === 'heading' && matchHeading(block.text) !== undefined).map((block) => block.level ?? 2);
  const topLevel = explicitLevels.length === 0 ? 2 : Math.min(...explicitLevels);
  const numberedTopics = blocks.filter(
    (block) => block.kind === 'paragraph' && headingNumber(block.text) !== undefined && isShort(block.text) && matchHeading(block.text) !== undefined,
  ).length;
  const numbered = numberedTopics >= 3;

  let lastNumber: number | undefined;
  const candidates = new Map<Block, Candidate>();
  for (const block of blocks) {
    const candidate = asHeading(block, numbered, topLevel, lastNumber);
    if (candidate === undefined) continue;
    candidates.set(block, candidate);
    const number = headingNumber(block.text);
    if (numbered && number !== undefined && number.depth === 1) lastNumber = number.number;
  }

  const preamble: Block[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const block of blocks) {
    const candidate = candidates.get(block);
    if (candidate === undefined) {
      const content = numbered && block.kind === 'paragraph' && headingNumber(block.text) !== undefined ? asItem(block) : block;
      if (current === undefined) preamble.push(content);
      else current.blocks.push(content);
      continue;
    }
    const heading: Block = { ...block, kind: 'heading', level: candidate.level };
    const { topic } = candidate;
    const below = current !== undefined && candidate.level > current.level;
    if (topic === undefined) {
      if (current === undefined) preamble.push(heading);
      else if (below) current.blocks.push(heading);
      else sections.push((current = { heading, level: candidate.level, blocks: [] }));
      continue;
    }
    // a right below the rights section, or a topic below a section of the same topic, stays in it
    if (current !== undefined && below && ((current.topic === 'rights' && topic.topic === 'right') || current.topic === topic.topic)) {
      current.blocks.push(heading);
      continue;
    }
    sections.push(
      (current = { heading, level: candidate.level, topic: topic.topic, ...(topic.right === undefined ? {} : { right: topic.right }), blocks: [] }),
    );
  }
  return { preamble, sections, numbered };
}

/** Whether a block can be a heading, and at what level. */
function asHeading(block: Block, numbered: boolean, topLevel: number, lastNumber: number | undefined): Candidate | undefined {
  if (block.kind === 'heading') return { block, level: block.level ?? topLevel, topic: matchHeading(block.text) };
  if (block.kind !== 'paragraph' || block.text.includes('\n') || !isShort(block.text)) return undefined;
  const topic = matchHeading(block.text);
  const number = headingNumber(block.text);
  if (numbered) {
    if (number !== undefined) {
      if (number.depth > 1) return { block, level: topLevel + number.depth - 1, topic };
      const continues = lastNumber === undefined ? number.number <= 3 || topic !== undefined : number.number >= lastNumber && number.number <= lastNumber + 3;
      return continues && (topic !== undefined || looksLikeHeading(block.text)) ? { block, level: topLevel, topic } : undefined;
    }
    return block.emphasised === true ? { block, level: topic === undefined ? SUB_LEVEL : topLevel, topic } : undefined;
  }
  if (topic !== undefined && (looksLikeHeading(block.text) || block.emphasised === true)) return { block, level: topLevel, topic };
  if (block.emphasised === true) return { block, level: SUB_LEVEL, topic };
  return undefined;
}

/** Short enough for a heading. */
function isShort(text: string): boolean {
  return text.length <= 160 && normalise(text).split(' ').length <= WORD_LIMIT + 4;
}

/** A line that reads as a heading: few words, no sentence ending, begins with a capital or a number. */
function looksLikeHeading(text: string): boolean {
  const words = headingWords(text);
  return words.split(' ').length <= WORD_LIMIT && !/[.;,]$/u.test(normalise(text)) && /^[\p{Lu}\d"“”„«]/u.test(words);
}

/** A numbered paragraph that is not a heading is a list item: `1. Oikeus …`. */
function asItem(block: Block): Block {
  return { ...block, kind: 'item', text: normalise(block.text.replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+/u, '')) };
}

/**
 * A paragraph of several lines whose first line names a section (`Rekisterinpitäjä`
 * over the controller's name and address, with no blank line between) is
 * split after it.
 */
function splitFirstLine(block: Block): Block[] {
  if (block.kind !== 'paragraph' || !block.text.includes('\n')) return [block];
  const [first = '', ...rest] = block.text.split('\n');
  if (!(looksLikeHeading(first) && (matchHeading(first) !== undefined || headingNumber(first) !== undefined))) return [block];
  const line = block.line === undefined ? {} : { line: block.line + 1 };
  return [
    { ...block, text: first },
    { ...block, text: rest.join('\n'), ...line },
  ];
}
