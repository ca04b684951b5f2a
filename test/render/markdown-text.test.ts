import { describe, expect, it } from 'vitest';
import { parseMarkdownBlocks, parseMarkdownInline } from '../../src/render/markdown-text.ts';
import { toHtml, toMarkdown } from '../../src/render/index.ts';

const blockHtml = (value: string) => toHtml({ type: 'root', children: parseMarkdownBlocks(value) });
const inlineHtml = (value: string) => toHtml({ type: 'root', children: [{ type: 'paragraph', children: parseMarkdownInline(value) }] });

describe('notice texts as Markdown', () => {
  it('keeps a text that merely starts with an ordinal, a number sign or a dash exactly as written', () => {
    expect(blockHtml('3. osapuolet')).toBe('<p>3. osapuolet</p>');
    expect(blockHtml('1) luokan asiakkaat')).toBe('<p>1) luokan asiakkaat</p>');
    expect(blockHtml('# kulkukortin tiedot')).toBe('<p># kulkukortin tiedot</p>');
    expect(blockHtml('- vain yksi kohta')).toBe('<p>- vain yksi kohta</p>');
    expect(blockHtml('> lainaus')).toBe('<p>> lainaus</p>');
  });

  it('never reads list or heading syntax in a label', () => {
    expect(inlineHtml('3. osapuolet')).toBe('<p>3. osapuolet</p>');
    expect(inlineHtml('- a\n- b')).toBe('<p>- a\n- b</p>');
    expect(inlineHtml('## Luokka 2')).toBe('<p>## Luokka 2</p>');
  });

  it('makes a list of two or more items, numbered from where the text starts', () => {
    expect(blockHtml('2. vaiheen tunnistus\n3. vaiheen tarkistus')).toBe('<ol start="2">\n<li>vaiheen tunnistus</li>\n<li>vaiheen tarkistus</li>\n</ol>');
    expect(blockHtml('- nimi\n- osoite')).toBe('<ul>\n<li>nimi</li>\n<li>osoite</li>\n</ul>');
  });

  it('shows code, HTML, images, definitions, entities and rules as the text they were written as', () => {
    expect(blockHtml('a `b` <i>c</i> &amp; ![kuva](https://x.fi/k.png)')).toBe('<p>a `b` &#x3C;i>c&#x3C;/i> &#x26;amp; ![kuva](https://x.fi/k.png)</p>');
    expect(blockHtml('[ehdot]: https://x.fi/ehdot')).toBe('<p>[ehdot]: https://x.fi/ehdot</p>');
    expect(blockHtml('Otsikko\n---')).toBe('<p>Otsikko ---</p>');
  });

  it('links only to web, e-mail and telephone addresses, and shows any other link as written', () => {
    expect(blockHtml('[lomake](https://x.fi/lomake) tai [x](javascript:alert(1))')).toBe(
      '<p><a href="https://x.fi/lomake">lomake</a> tai [x](javascript:alert(1))</p>',
    );
    expect(inlineHtml('*korostus* ja **vahva**')).toBe('<p><em>korostus</em> ja <strong>vahva</strong></p>');
  });

  it('writes the same texts back to Markdown without turning them into syntax', () => {
    const markdown = toMarkdown({ type: 'root', children: parseMarkdownBlocks('3. osapuolet\n\n# ei otsikko') });
    expect(markdown).toBe('3\\. osapuolet\n\n\\# ei otsikko\n');
  });
});
