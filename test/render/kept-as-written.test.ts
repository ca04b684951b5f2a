import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { paragraph, text } from '../../src/render/nodes.ts';
import { parseMarkdownBlocks, parseMarkdownInline } from '../../src/render/markdown-text.ts';
import { toMarkdown } from '../../src/render/to-markdown.ts';

/** Every ASCII punctuation character. */
const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

/** The text a reader sees of a notice text: what the page shows. */
const shown = (value: string) =>
  parseMarkdownBlocks(value)
    .map((block) => toString(block))
    .join('\n\n');

describe('a notice text reaches the page as written', () => {
  it.each(punctuation.filter((char) => char !== '*'))('with `%s` anywhere in it', (char) => {
    for (const value of [`a${char}b`, `${char}a${char}`, `a ${char}${char} b ${char}${char}`, `${char}`, `x${char}${char}${char}y`]) {
      expect(shown(value), value).toBe(value);
      expect(toString(paragraph(parseMarkdownInline(value))), value).toBe(value);
    }
  });

  it.each([
    ['a Windows path', 'C:\\Users\\*.txt ja C:\\Temp\\'],
    ['an escaped percent', '100\\% varmuudella'],
    ['a name with underscores', 'tiedosto __init__.py ja muuttuja_nimi'],
    ['a backslash before a line end', 'rivi\\\ntoinen'],
  ])('keeps %s', (_, value) => {
    expect(shown(value).replace(/\s+/gu, ' ')).toBe(value.replace(/\s+/gu, ' '));
  });

  it('still reads the subset: emphasis with `*`, links and lists', () => {
    expect(parseMarkdownInline('*tärkeää* ja **erittäin**')).toMatchObject([{ type: 'emphasis' }, { type: 'text', value: ' ja ' }, { type: 'strong' }]);
    expect(parseMarkdownInline('[tietosuoja](https://tietosuoja.fi)')).toMatchObject([{ type: 'link', url: 'https://tietosuoja.fi' }]);
    expect(parseMarkdownBlocks('- yksi\n- kaksi')).toMatchObject([{ type: 'list' }]);
  });
});

describe('Markdown output', () => {
  const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root;

  it.each(punctuation)('reads back as the same text with `%s` in it, in any CommonMark reader', (char) => {
    const value = `a${char}b ${char}c${char} www.example.fi ${char}${char}`;
    const markdown = toMarkdown({ type: 'root', children: [paragraph([text(value)])] });
    expect(toString(parse(markdown))).toBe(value);
  });

  it('escapes what GitHub-flavoured Markdown would turn into strikethrough, tables or links', () => {
    const markdown = toMarkdown({ type: 'root', children: [paragraph([text('~~ei~~ | a | b | www.example.fi https://x.fi tietosuoja@example.fi')])] });
    expect(markdown).toContain('\\~\\~ei\\~\\~');
    expect(markdown).toContain('\\| a \\| b \\|');
    expect(markdown).toContain('www\\.example.fi');
    expect(markdown).toContain('https\\://x.fi');
    expect(markdown).toContain('tietosuoja\\@example.fi');
  });
});
