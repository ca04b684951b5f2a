import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/index.ts';

const text = [
  '# a comment',
  'title:',
  '  fi: Otsikko',
  '  en: Title',
  'weird:',
  '  a/b: slash',
  '  c~d: tilde',
  '  "": empty key',
  'list:',
  '  - first',
  '  - id: second',
  '',
].join('\n');

describe('source map', () => {
  const { data, sourceMap, diagnostics } = parseYaml(text, 'x.yaml');

  it('reads the data', () => {
    expect(diagnostics).toEqual([]);
    expect(data).toEqual({
      title: { fi: 'Otsikko', en: 'Title' },
      weird: { 'a/b': 'slash', 'c~d': 'tilde', '': 'empty key' },
      list: ['first', { id: 'second' }],
    });
  });

  it('places keys and values', () => {
    expect(sourceMap.locate('/title/en', 'key')).toMatchObject({ start: { line: 4, column: 3 }, end: { line: 4, column: 5 } });
    expect(sourceMap.locate('/title/en')).toMatchObject({ start: { line: 4, column: 7 }, end: { line: 4, column: 12 } });
    expect(sourceMap.locate('/list/1/id')).toMatchObject({ start: { line: 11, column: 9 } });
    expect(sourceMap.locate('/list/0')).toMatchObject({ start: { line: 10, column: 5 } });
  });

  it('resolves keys containing / and ~ through their escapes', () => {
    expect(sourceMap.locate('/weird/a~1b')).toMatchObject({ start: { line: 6, column: 8 }, pointer: '/weird/a~1b' });
    expect(sourceMap.locate('/weird/c~0d', 'key')).toMatchObject({ start: { line: 7, column: 3 } });
    expect(sourceMap.locate('/weird/', 'key')).toMatchObject({ start: { line: 8, column: 3 } });
  });

  it('places the empty pointer at the start of the content', () => {
    expect(sourceMap.locate('')).toMatchObject({ start: { line: 2, column: 1 }, pointer: '' });
  });

  it('falls back to the closest existing ancestor', () => {
    expect(sourceMap.locate('/title/sv')).toMatchObject({ start: { line: 3, column: 3 }, pointer: '/title' });
    expect(sourceMap.locate('/missing/deeper/still', 'key')).toMatchObject({ pointer: '' });
  });

  it('gives the text of a value as written', () => {
    const parsed = parseYaml('code: 00531\n', 'x.yaml');
    expect(parsed.data).toEqual({ code: 531 });
    expect(parsed.sourceMap.sourceText('/code')).toBe('00531');
  });

  it('counts positions after a byte-order mark and in CRLF files as an editor does', () => {
    const crlf = parseYaml('\uFEFFa: 1\r\nb:\r\n  c: 2\r\n', 'x.yaml');
    expect(crlf.data).toEqual({ a: 1, b: { c: 2 } });
    expect(crlf.sourceMap.locate('/b/c', 'key')).toMatchObject({ start: { line: 3, column: 3 } });
    expect(crlf.sourceMap.locate('/a')).toMatchObject({ start: { line: 1, column: 4 } });
  });
});
