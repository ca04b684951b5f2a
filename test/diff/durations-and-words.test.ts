import { describe, expect, it } from 'vitest';
import { compareDurations, parseDuration, wordDiff, type WordChange } from '../../src/diff/index.ts';

describe('compareDurations', () => {
  it.each([
    ['P2Y', 'P3Y', 'longer'],
    ['P30D', 'P14D', 'shorter'],
    ['P1Y', 'P12M', 'equal'],
    ['P1W', 'P7D', 'equal'],
    ['P6M', 'P1Y', 'longer'],
    ['P1Y', 'P400D', 'longer'],
    ['P1M', 'P30D', 'incomparable'],
    ['P1M', 'P32D', 'longer'],
    ['P2Y', 'as long as needed', 'incomparable'],
  ] as const)('%s to %s is %s', (before, after, expected) => {
    expect(compareDurations(before, after)).toBe(expected);
  });

  it('reads the units of a duration, and nothing else', () => {
    expect(parseDuration('P1Y6M2W3D')).toEqual({ years: 1, months: 6, weeks: 2, days: 3 });
    expect(parseDuration('P')).toBeUndefined();
    expect(parseDuration('PT1H')).toBeUndefined();
  });
});

describe('wordDiff', () => {
  const join = (words: readonly WordChange[], side: 'delete' | 'insert') =>
    words
      .filter((word) => word.op === 'equal' || word.op === side)
      .map((word) => word.text)
      .join('');

  it('gives back both texts exactly', () => {
    const before = 'Säilytämme tiedot  kaksi vuotta\nasiakkuuden päättymisestä.';
    const after = 'Säilytämme tiedot kolme vuotta asiakkuuden päättymisestä, ellei laki muuta edellytä.';
    const words = wordDiff(before, after);
    expect(join(words, 'delete')).toBe(before);
    expect(join(words, 'insert')).toBe(after);
  });

  it('keeps the spaces between words out of a change where both texts have them', () => {
    expect(wordDiff('kept for two years', 'kept for three years')).toEqual([
      { op: 'equal', text: 'kept for ' },
      { op: 'delete', text: 'two' },
      { op: 'insert', text: 'three' },
      { op: 'equal', text: ' years' },
    ]);
  });

  it('runs a change on over the spaces between changed words', () => {
    expect(wordDiff('a b c d', 'a x y d')).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'delete', text: 'b c' },
      { op: 'insert', text: 'x y' },
      { op: 'equal', text: ' d' },
    ]);
  });

  it('replaces a text whole when it is too long to compare word by word', () => {
    const long = (word: string) => Array.from({ length: 3000 }, (_, index) => `${word}${index % 7}`).join(' ');
    const words = wordDiff(long('a'), long('b'));
    expect(words.map((word) => word.op)).toEqual(['delete', 'insert']);
  });

  it('handles texts added or removed whole', () => {
    expect(wordDiff('', 'uusi teksti')).toEqual([{ op: 'insert', text: 'uusi teksti' }]);
    expect(wordDiff('vanha', '')).toEqual([{ op: 'delete', text: 'vanha' }]);
  });
});
