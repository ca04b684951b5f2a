import { describe, expect, it } from 'vitest';
import { closestMatch, code, expectedOneOf, listOf } from '../../src/diagnostics/index.ts';

describe('quoting names and values in messages', () => {
  it('shows control characters as escapes', () => {
    expect(code('a\u001b[31mb')).toBe('`a\\u001B[31mb`');
  });

  it('shows invisible and direction-changing characters as escapes', () => {
    expect(code('kinds\u200B')).toBe('`kinds\\u200B`');
    expect(code('a\u00A0b')).toBe('`a\\u00A0b`');
    expect(code('\uFEFFid')).toBe('`\\uFEFFid`');
    expect(code('x\u202Ey\u2066z\u200F')).toBe('`x\\u202Ey\\u2066z\\u200F`');
  });

  it('leaves ordinary letters, also outside ASCII, as they are', () => {
    expect(code('jäsenyys – “ok”')).toBe('`jäsenyys – “ok”`');
  });
});

describe('suggesting the name that was meant', () => {
  it('allows one edit in a name of three letters or fewer', () => {
    expect(closestMatch('en', ['id', 'name'])).toBeUndefined();
    expect(closestMatch('fi', ['id'])).toBeUndefined();
    expect(closestMatch('nme', ['id', 'name'])).toBe('name');
    expect(closestMatch('ID', ['id'])).toBe('id');
  });

  it('allows two edits in longer names', () => {
    expect(closestMatch('legalbasis', ['legalBasis'])).toBe('legalBasis');
    expect(closestMatch('recipents', ['recipients'])).toBe('recipients');
  });

  it('lists each candidate once', () => {
    expect(listOf(['jasenyys', 'jasenyys', 'markkinointi'])).toBe('`jasenyys` or `markkinointi`');
    expect(expectedOneOf('jasenys', ['jasenyys', 'jasenyys', 'markkinointi'])).toBe('; did you mean `jasenyys`? Expected `jasenyys` or `markkinointi`');
  });
});
