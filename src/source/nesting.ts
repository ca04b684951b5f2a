/**
 * Finds the offset where a YAML text nests deeper than `maxDepth`, before the
 * parser sees it: the `yaml` parser recurses (and can exhaust memory) on
 * thousands of nested flow brackets or block indicators such as `- - - -`.
 */
export function findExcessiveNesting(source: string, maxDepth: number): number | undefined {
  return findDeepBlockLine(source, maxDepth) ?? findDeepFlow(source, maxDepth);
}

/** A line whose indentation and block indicators (`- `, `? `, `: `) open more than `maxDepth` levels. */
function findDeepBlockLine(source: string, maxDepth: number): number | undefined {
  const maxIndent = maxDepth * 8;
  let lineStart = 0;
  while (lineStart < source.length) {
    let offset = lineStart;
    let indicators = 0;
    while (offset < source.length) {
      const char = source[offset];
      if (char === ' ' || char === '\t') offset += 1;
      else if (isIndicator(source, offset, '-?:')) {
        indicators += 1;
        offset += 2;
      } else break;
    }
    if (indicators > maxDepth || offset - lineStart > maxIndent) return offset;
    const next = source.indexOf('\n', offset);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return undefined;
}

/** Whether the character at `offset` is one of `indicators` followed by white space or the end of a line. */
function isIndicator(source: string, offset: number, indicators: string): boolean {
  const char = source[offset] ?? '';
  const next = source[offset + 1];
  return char !== '' && indicators.includes(char) && (next === undefined || next === ' ' || next === '\t' || next === '\n');
}

function lineEnd(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end;
}

function endOfWord(source: string, offset: number): number {
  let end = offset;
  while (end < source.length && !/\s/u.test(source[end] ?? '')) end += 1;
  return end;
}

function indentationAt(source: string, lineStart: number): number {
  let offset = lineStart;
  while (source[offset] === ' ') offset += 1;
  return offset - lineStart;
}

/**
 * Where flow collections (`[…]`, `{…}`) nest deeper than `maxDepth`.
 *
 * Brackets count only where YAML reads them as brackets: where a value
 * starts (at the start of a line, after `key: `, `- ` or `? `) and inside a
 * flow collection. Brackets in prose, in quoted texts, in block texts (`|`,
 * `>`) and in comments are text.
 */
function findDeepFlow(source: string, maxDepth: number): number | undefined {
  // depth grows only at a bracket: with no more brackets than levels allowed, no need to read the text
  if (countOpeningBrackets(source, maxDepth + 1) <= maxDepth) return undefined;
  let depth = 0;
  let quote: string | undefined;
  let valueMayStart = true;
  /** While reading a block text: the indentation of the line that opened it; its lines are indented further. */
  let blockTextParent: number | undefined;
  let lineIndent = 0;
  for (let offset = 0; offset < source.length; offset += 1) {
    const atLineStart = offset === 0 || source[offset - 1] === '\n';
    if (atLineStart && quote === undefined && depth === 0) {
      const indent = indentationAt(source, offset);
      const blank = source.slice(offset, lineEnd(source, offset)).trim() === '';
      if (blockTextParent !== undefined && (blank || indent > blockTextParent)) {
        offset = lineEnd(source, offset);
        continue;
      }
      blockTextParent = undefined;
      lineIndent = indent;
      valueMayStart = true;
    }
    const char = source[offset] ?? '';
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') offset += 1;
      else if (char === quote) quote = undefined;
    } else if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      // white space leaves the state as it is
    } else if (char === '#' && (atLineStart || /\s/u.test(source[offset - 1] ?? ''))) {
      offset = lineEnd(source, offset) - 1;
    } else if (char === '[' || char === '{') {
      if (depth > 0 || valueMayStart) {
        depth += 1;
        if (depth > maxDepth) return offset;
      }
      valueMayStart = depth > 0;
    } else if (depth > 0 && (char === ']' || char === '}')) {
      depth -= 1;
      valueMayStart = false;
    } else if ((char === '"' || char === "'") && valueMayStart) {
      quote = char;
      valueMayStart = false;
    } else if ((char === '|' || char === '>') && valueMayStart && depth === 0) {
      blockTextParent = lineIndent;
      offset = lineEnd(source, offset) - 1;
    } else if (depth > 0 ? char === ',' || char === ':' : isIndicator(source, offset, '-?:')) {
      valueMayStart = true;
    } else if (valueMayStart && (char === '&' || char === '!')) {
      offset = endOfWord(source, offset) - 1; // an anchor or a tag: the value follows it
    } else {
      valueMayStart = false; // plain text
    }
  }
  return undefined;
}

/** How many `[` and `{` the text holds, counting no further than `atMost`. */
function countOpeningBrackets(source: string, atMost: number): number {
  let count = 0;
  for (const bracket of ['[', '{']) {
    for (let offset = source.indexOf(bracket); offset !== -1 && count < atMost; offset = source.indexOf(bracket, offset + 1)) count += 1;
  }
  return count;
}
