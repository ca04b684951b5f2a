import { describe, expect, it } from 'vitest';
import { childPointer, escapeSegment, lastSegment, parentPointer, parsePointer, toPointer, unescapeSegment } from '../../src/source/index.ts';

describe('JSON pointers', () => {
  it('escapes ~ and / in keys as RFC 6901 says', () => {
    expect(escapeSegment('a/b~c')).toBe('a~1b~0c');
    expect(unescapeSegment('a~1b~0c')).toBe('a/b~c');
    // ~01 is "~" followed by "1", not "/"
    expect(unescapeSegment('~01')).toBe('~1');
  });

  it('treats the empty pointer as the whole document', () => {
    expect(parsePointer('')).toEqual([]);
    expect(toPointer([])).toBe('');
    expect(parentPointer('')).toBe('');
    expect(lastSegment('')).toBeUndefined();
  });

  it('round-trips segments with slashes, tildes and empty keys', () => {
    const segments = ['purposes', 'items', '0', 'a/b', '~x', ''];
    expect(parsePointer(toPointer(segments))).toEqual(segments);
  });

  it('navigates to parents and children', () => {
    expect(childPointer('/purposes/items', 3)).toBe('/purposes/items/3');
    expect(parentPointer('/purposes/items/3')).toBe('/purposes/items');
    expect(parentPointer('/purposes')).toBe('');
    expect(lastSegment('/a/b~1c')).toBe('b/c');
  });

  it('rejects a pointer without the leading slash', () => {
    expect(() => parsePointer('purposes')).toThrow(SyntaxError);
  });
});
