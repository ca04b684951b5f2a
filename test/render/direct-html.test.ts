import fc from 'fast-check';
import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { directHtml } from '../../src/render/direct-html.ts';
import { parseMarkdownBlocks, parseMarkdownInline } from '../../src/render/markdown-text.ts';
import { pipelineHtml, pipelineHtmlParts, toHtml, toHtmlParts } from '../../src/render/to-html.ts';

/** Characters that HTML, Markdown's line handling or escaping treat apart, among plain ones. */
const character = fc.constantFrom('a', 'Ö', ' ', ' ', '\t', '\n', '\r', '<', '>', '&', '"', "'", '`', '\0', '/', ':', '#', '😀', '\uD800', '-', '*', '_');
const value = fc.string({ unit: character, maxLength: 12 });
/** Link targets seloste writes, and ones sanitising or URL normalising change (`exotic`). */
const plainUrls = [
  'https://x.fi/lomake',
  'http://x.fi/a?b=c&d=e#f',
  'mailto:tietosuoja@x.fi',
  'tel:+358401234567',
  '#controller',
  '/polku:kohta',
  'https://x.fi/%C3%A4',
];
const exoticUrls = ['javascript:alert(1)', 'HTTPS://X.FI', 'data:text/html,<b>', 'https://x.fi/a b', 'https://x.fi/%4', 'https://ä.fi/"\'`<', ''];
const tokens = fc.array(fc.constantFrom('kind', 'fact', '', 'a b', '"'), { maxLength: 2 });

/**
 * mdast trees as seloste builds them: its node types, with `hProperties`
 * both kept and dropped by sanitising. `exotic` adds, now and then, what
 * seloste never builds (raw HTML, a renamed or childless node, a heading of
 * depth 5, a `<script>` or `<aside>` container, links that need normalising),
 * which the pipeline renders.
 */
function trees(exotic: boolean) {
  const url = exotic ? fc.constantFrom(...plainUrls, ...exoticUrls) : fc.constantFrom(...plainUrls);
  const properties = fc.dictionary(
    fc.constantFrom('className', 'lang', 'ariaLabelledBy', 'id', 'href', 'start', 'onClick', 'title', 'style'),
    fc.oneof(value, tokens, url, fc.constantFrom(true, false, 3, Number.NaN, [1, 'x', true])),
    { maxKeys: 3 },
  );
  const renamed = exotic ? [fc.constant({ hName: 'div' }), fc.constant(null).map(() => ({ hChildren: [] }))] : [];
  const data = fc.option(
    fc.oneof(
      properties.map((hProperties) => ({ hProperties })),
      ...renamed,
    ),
    { nil: undefined, freq: 3 },
  );
  const withData = <T extends object>(node: T, extra: object | undefined): T => (extra === undefined ? node : { ...node, data: extra });
  const rare = <T>(arbitraries: fc.Arbitrary<T>[]) => (exotic ? arbitraries.map((arbitrary) => ({ arbitrary, weight: 1 })) : []);
  const { block } = fc.letrec<{ phrasing: PhrasingContent; phrasings: PhrasingContent[]; block: RootContent; blocks: RootContent[] }>((tie) => ({
    phrasings: fc.array(tie('phrasing'), { maxLength: 4 }) as fc.Arbitrary<PhrasingContent[]>,
    blocks: fc.array(tie('block'), { maxLength: 3 }) as fc.Arbitrary<RootContent[]>,
    phrasing: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: value.map((text): PhrasingContent => ({ type: 'text', value: text })), weight: 8 },
      { arbitrary: fc.constant<PhrasingContent>({ type: 'break' }), weight: 3 },
      { arbitrary: fc.tuple(tie('phrasings'), data).map(([children, extra]) => withData({ type: 'emphasis', children }, extra) as PhrasingContent), weight: 2 },
      { arbitrary: fc.tuple(tie('phrasings'), data).map(([children, extra]) => withData({ type: 'strong', children }, extra) as PhrasingContent), weight: 2 },
      {
        arbitrary: fc
          .tuple(tie('phrasings'), url, fc.option(value, { nil: undefined }))
          .map(([children, href, title]) => ({ type: 'link', url: href, ...(title === undefined ? {} : { title }), children }) as PhrasingContent),
        weight: 2,
      },
      {
        arbitrary: fc
          .tuple(tie('phrasings'), properties)
          .map(([children, hProperties]) => ({ type: 'span', children, data: { hName: 'span', hProperties } }) as PhrasingContent),
        weight: 2,
      },
      ...rare([fc.constantFrom<PhrasingContent>({ type: 'html', value: '<script>alert(1)</script>' }, { type: 'inlineCode', value: '<b>' })]),
    ),
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: fc.tuple(tie('phrasings'), data).map(([children, extra]) => withData({ type: 'paragraph', children }, extra) as RootContent), weight: 6 },
      {
        arbitrary: fc
          .tuple(fc.constantFrom(1, 2, 3, 4), tie('phrasings'), data)
          .map(([depth, children, extra]) => withData({ type: 'heading', depth, children }, extra) as RootContent),
        weight: 2,
      },
      {
        arbitrary: fc
          .tuple(
            fc.boolean(),
            fc.constantFrom(undefined, 1, 0, 3, Number.NaN),
            fc.option(fc.boolean(), { nil: undefined }),
            fc.array(fc.tuple(tie('blocks'), fc.option(fc.boolean(), { nil: undefined })), { maxLength: 3 }),
            data,
          )
          .map(
            ([ordered, start, spread, listItems, extra]) =>
              withData(
                {
                  type: 'list',
                  ordered,
                  ...(start === undefined ? {} : { start }),
                  ...(spread === undefined ? {} : { spread }),
                  children: listItems.map(([children, itemSpread]) => ({
                    type: 'listItem',
                    ...(itemSpread === undefined ? {} : { spread: itemSpread }),
                    children: children as BlockContent[],
                  })),
                },
                extra,
              ) as RootContent,
          ),
        weight: 3,
      },
      {
        arbitrary: fc
          .tuple(tie('blocks'), fc.constantFrom('div', 'section', 'nav', 'dl', undefined), properties)
          .map(
            ([children, hName, hProperties]) =>
              ({ type: 'division', children, data: { ...(hName === undefined ? {} : { hName }), hProperties } }) as RootContent,
          ),
        weight: 3,
      },
      {
        arbitrary: fc.tuple(tie('phrasings'), tie('blocks')).map(([term, children]) => ({ type: 'descriptionItem', term, children }) as RootContent),
        weight: 2,
      },
      { arbitrary: tie('phrasing') as fc.Arbitrary<RootContent>, weight: 1 },
      ...rare([
        fc
          .tuple(tie('blocks'), fc.constantFrom('p', 'br', 'script', 'aside'))
          .map(([children, hName]) => ({ type: 'division', children, data: { hName } }) as RootContent),
        tie('phrasings').map((children) => ({ type: 'heading', depth: 5, children }) as RootContent),
        tie('blocks').map((children) => ({ type: 'listItem', checked: true, children }) as RootContent),
      ]),
    ),
  }));
  return { block, root: fc.array(block, { maxLength: 4 }).map((children): Root => ({ type: 'root', children })) };
}

const runs = { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 400) };

describe('HTML rendered in one walk', () => {
  it('is byte for byte what the sanitising pipeline gives, for any tree seloste builds', () => {
    fc.assert(
      fc.property(trees(false).root, (tree) => {
        const html = directHtml(tree);
        expect(html).toBeDefined();
        expect(html).toBe(pipelineHtml(tree));
      }),
      runs,
    );
  });

  it('is byte for byte what the pipeline gives for the parts of a page', () => {
    fc.assert(
      fc.property(fc.array(fc.array(trees(false).block, { maxLength: 3 }), { maxLength: 4 }), (parts) => {
        expect(toHtmlParts(parts)).toEqual(pipelineHtmlParts(parts));
      }),
      runs,
    );
  });

  it('leaves what seloste never builds to the pipeline', () => {
    const { root, block } = trees(true);
    fc.assert(
      fc.property(root, fc.array(fc.array(block, { maxLength: 3 }), { maxLength: 3 }), (tree, parts) => {
        // the pipeline changes some such trees as it renders them (a task list item's `hChildren`): each rendering gets its own copy
        expect(toHtml(structuredClone(tree))).toBe(pipelineHtml(structuredClone(tree)));
        expect(toHtmlParts(structuredClone(parts))).toEqual(pipelineHtmlParts(structuredClone(parts)));
      }),
      runs,
    );
  });

  it('is byte for byte what the pipeline gives for any notice text', () => {
    const line = fc
      .tuple(
        fc.constantFrom('', '', '- ', '* ', '1. ', '3) ', '  ', '# '),
        fc.string({ unit: fc.oneof(character, fc.constantFrom('[', ']', '(', ')', '!', '\\', '.')) }),
      )
      .map((parts) => parts.join(''));
    const texts = fc.array(line, { maxLength: 5 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(texts, (text) => {
        const blocks: Root = { type: 'root', children: parseMarkdownBlocks(text) };
        const inline: Root = { type: 'root', children: [{ type: 'paragraph', children: parseMarkdownInline(text) }] };
        expect(toHtml(blocks)).toBe(pipelineHtml(blocks));
        expect(toHtml(inline)).toBe(pipelineHtml(inline));
      }),
      runs,
    );
  });

  it('lets no script, handler or unsafe link through', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'division',
          children: [{ type: 'paragraph', children: [{ type: 'text', value: '<script>' }] }],
          data: { hName: 'section', hProperties: { onClick: 'x()', className: ['a'] } },
        },
        { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }] }] },
        { type: 'division', children: [{ type: 'text', value: 'y' }], data: { hName: 'script' } },
      ],
    };
    expect(toHtml(tree)).toBe('<section class="a"><p>&#x3C;script></p></section>\n<p><a>x</a></p>\n');
  });
});
