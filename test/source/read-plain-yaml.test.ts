import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticNotices } from '../../scripts/bench/synthetic.ts';
import { parseYaml } from '../../src/source/index.ts';
import { composeYaml } from '../../src/source/compose-yaml.ts';
import { LineIndex } from '../../src/source/line-index.ts';
import { findExcessiveNesting } from '../../src/source/nesting.ts';
import { resolvePlainScalar } from '../../src/source/plain-scalar.ts';
import { readPlainYaml } from '../../src/source/read-plain-yaml.ts';
import type { SourceEntry } from '../../src/source/source-map.ts';
import { DEFAULT_PARSE_LIMITS } from '../../src/source/yaml-reading.ts';
import { fromRoot, root } from '../helpers/paths.ts';
import { mutated, yamlDocuments } from './yaml-texts.ts';

const runs = Number(process.env['PROPERTY_RUNS'] ?? 60);

function sorted(entries: ReadonlyMap<string, SourceEntry>): [string, SourceEntry][] {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The full reader's reading: yaml's parser and composer. */
function fullReading(text: string) {
  return composeYaml(text, 'x.yaml', new LineIndex(text), DEFAULT_PARSE_LIMITS);
}

/**
 * Reads a text both ways. Where the one-pass reader reads it, the full
 * reader must find no problem, and both must give the same data, source map
 * entries and comments. Says whether the one-pass reader read it.
 */
function readsAlike(text: string): boolean {
  const plain = readPlainYaml(text, DEFAULT_PARSE_LIMITS);
  if (plain === undefined) return false;
  const full = fullReading(text);
  expect(full.diagnostics, text).toEqual([]);
  expect(plain.data, text).toEqual(full.data);
  // strictly, too (-0, prototypes), where toStrictEqual would read a key `constructor` as the type
  expect(isDeepStrictEqual(plain.data, full.data), text).toBe(true);
  expect(sorted(plain.entries), text).toEqual(sorted(full.entries));
  expect(plain.comments, text).toEqual(full.comments);
  return true;
}

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(fromRoot(folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** The files' texts as parseYaml reads them: those it refuses before reading (NUL, deep nesting) left out. */
const files = [...yamlFilesUnder('notices'), ...yamlFilesUnder('test/fixtures')]
  .map((file) => ({ file, text: parseYaml(readFileSync(fromRoot(file), 'utf8'), file).text }))
  .filter(({ text }) => !text.includes('\u0000') && findExcessiveNesting(text, DEFAULT_PARSE_LIMITS.maxDepth) === undefined);

describe('the one-pass reader reads as the full reader does', () => {
  it('for every notice and fixture, and reads each without a problem that holds no carriage return', () => {
    for (const { file, text } of files) {
      const read = readsAlike(text);
      if (fullReading(text).diagnostics.length === 0 && !text.includes('\r')) expect(read, file).toBe(true);
    }
  });

  describe('for notices written by yaml’s own stringify', () => {
    const folder = mkdtempSync(join(tmpdir(), 'seloste-plain-yaml-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('reading every one in one pass', () => {
      writeSyntheticNotices(folder, 30);
      const written = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      expect(written.length).toBeGreaterThan(30);
      for (const entry of written) {
        const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
        expect(readsAlike(text), entry.name).toBe(true);
      }
    });
  });

  it('for documents in any layout of lists, mappings, texts, comments and blank lines', () => {
    let read = 0;
    fc.assert(
      fc.property(yamlDocuments, ({ text }) => {
        if (readsAlike(text)) read += 1;
      }),
      { numRuns: runs * 10 },
    );
    // the generator writes much that only the full reader reads; a good share must still be read in one pass
    expect(read).toBeGreaterThan(runs / 2);
  });

  it('for real files with small edits that break them in many ways', () => {
    const texts = files.filter(({ text }) => text.length < 30_000).map(({ text }) => text);
    let read = 0;
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.integer(), (text, seed) => {
        if (readsAlike(mutated(text, seed))) read += 1;
      }),
      { numRuns: runs * 5 },
    );
    expect(read).toBeGreaterThan(0);
  });

  // Where a list or mapping ends depends on the comment and blank lines after its last value, and on how far they are indented.
  it.each([
    ['a blank line after a nested mapping', 'a:\n  b: 1\n\nc: 2\n'],
    ['a comment at the nested mapping’s indentation', 'a:\n  b: 1\n  # c\nd: 2\n'],
    ['a comment at the nested mapping’s indentation, then a blank line', 'a:\n  b: 1\n  # c\n\nd: 2\n'],
    ['a blank line, then such a comment', 'a:\n  b: 1\n\n  # c\nd: 2\n'],
    ['a comment less indented than the nested mapping', 'a:\n  b: 1\n# c\nd: 2\n'],
    ['a comment between the two, at the end of the text', 'a:\n  b:\n    c: 1\n   # c\n'],
    ['a comment under a block text', 'a:\n  b: |\n    x\n   # c\n\nd: 1\n'],
    ['comments deep in the text, then a key further out', 'a:\n  b:\n    c: 1\n    # c\n  d: 2\n'],
    ['an empty last value', 'a:\n  b:\nc: 1\n'],
    ['an empty last value with a comment on its line', 'a:\n  b: # c\nc: 1\n'],
    ['an empty last value with a comment below it', 'a:\n  b:\n# c\n\nc: 1\n'],
    ['an empty last value before a line indented less, but not fully', 'x:\n  a:\n    b:\n  c: 1\n'],
    ['an empty last item of a list', 'a:\n  -\n  -\n'],
    ['an empty last item of a list after a comment', 'a:\n  - x\n  # c\n  -\nb: 1\n'],
    ['a list at its key’s indentation', 'a:\n- x\n- y\n# c\nb: 1\n'],
    ['a mapping in a list', 'a:\n  - id: x\n    kinds: [a, b] # c\n  -   id: y\n\n'],
    ['a plain text over several lines, with a blank line in it', 'a: one\n  two\n\n  three\nb: 1\n'],
    ['a quoted text over several lines', 'a: "one\n  two \\"x\\"\n\n  three"\nb: \'x\'\'y\'\n'],
    ['block texts with each chomping', 'a: |\n  x\n\n\nb: >-\n  y\n   \nc: |+\n  z\n\n'],
    ['a block text at the end of the text without a line feed', 'a: >\n  x\n  y'],
    ['only comments', '# nothing\n\n# more\n'],
    ['keys that are numbers, booleans or null', '1: a\n0x1F: b\nnull: c\nTrue: d\n1.50: e\n'],
    ['values of the core schema', 'a: [null, ~, true, FALSE, 0o17, 0x1F, +12, 1.5e3, .5, 2025-01-31, yes]\nb: -12\nc: -.5\n'],
  ])('where ranges end: %s', (_, text) => {
    expect(readsAlike(text)).toBe(true);
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', 'a:\n  <<: {b: 1}\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a YAML directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document marker', '---\na: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['a carriage return', 'a: 1\r\nb: 2\r\n'],
    ['a non-breaking space', 'a: 1\u00A0€\n'],
    ['an infinite number', 'a: 1e400\n'],
    ['an integer too large to keep exactly', 'a: 9007199254740993\n'],
    ['a lone surrogate', 'a: "\\uD800"\n'],
    ['a block text with an indentation indicator', 'a: |2\n   x\n'],
    ['a comment indented under a one-line value', 'a: "x"\n  # c\n'],
    ['a text with `: ` in it', 'a: Huom: x\n'],
    ['a missing colon', 'a: 1\nb\n'],
    ['a top-level list', '- a\n'],
    ['nesting over the limit', `${Array.from({ length: 70 }, (_, depth) => `${'  '.repeat(depth)}k:`).join('\n')} 1\n`],
  ])('leaves to the full reader %s', (_, text) => {
    expect(readPlainYaml(text, DEFAULT_PARSE_LIMITS)).toBeUndefined();
  });
});

describe('plain values', () => {
  const written = fc.oneof(
    fc.constantFrom(
      'null',
      'Null',
      'NULL',
      '~',
      'true',
      'True',
      'FALSE',
      'yes',
      'on',
      '0',
      '-0',
      '+12',
      '007',
      '0o17',
      '0o8',
      '0x1F',
      '0xg',
      '1.5',
      '1.50',
      '.5',
      '5.',
      '-2.5e3',
      '1e400',
      '.inf',
      '-.Inf',
      '.NaN',
      '.nan.',
      '1_000',
      '2025-01-31',
      'nullx',
      'tru',
    ),
    fc.stringMatching(/^[0-9a-fA-FxXoOeE+\-._~nNtTuUlLrRsS]{1,10}$/u),
  );

  it('are null, booleans, numbers or texts as the yaml composer reads them', () => {
    fc.assert(
      fc.property(written, (text) => {
        const document = parseDocument(`v: ${text}\n`);
        fc.pre(document.errors.length === 0);
        expect(resolvePlainScalar(text)).toEqual((document.toJS() as { v: unknown }).v);
      }),
      { numRuns: runs * 20 },
    );
  });
});
