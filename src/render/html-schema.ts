import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** The elements a page may hold: exactly those seloste itself produces. */
export const ALLOWED_TAGS: readonly string[] = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'a',
  'ul',
  'ol',
  'li',
  'br',
  'section',
  'nav',
  'div',
  'span',
  'dl',
  'dt',
  'dd',
];

/** The attributes (hast property names) each element may carry; `*` for every element. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['className', 'lang', 'ariaLabelledBy'],
  a: ['href'],
  h2: ['id'],
  h3: ['id'],
  ol: ['start'],
};

/** The protocols a link may have; a link without one (an anchor, a path) is allowed too. */
export const LINK_PROTOCOLS: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/**
 * What may appear in the HTML: exactly the elements and attributes seloste
 * itself produces, and links only to http(s), e-mail, telephone and anchors.
 * A second line of defence after the Markdown subset: whatever a notice text
 * holds, no script, style, handler or `javascript:` link can reach a page.
 */
export const sanitizeSchema: SanitizeSchema = {
  tagNames: [...ALLOWED_TAGS],
  attributes: Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
  protocols: { href: [...LINK_PROTOCOLS] },
  strip: ['script', 'style'],
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/**
 * Whether sanitising keeps a link's `href`: a value whose first `:` comes
 * before any `/`, `?` or `#` names a protocol, which must be one of
 * {@link LINK_PROTOCOLS} as written (the check hast-util-sanitize makes).
 */
export function hasSafeProtocol(href: string): boolean {
  const colon = href.indexOf(':');
  if (colon < 0) return true;
  for (const mark of ['/', '?', '#']) {
    const index = href.indexOf(mark);
    if (index > -1 && colon > index) return true;
  }
  return LINK_PROTOCOLS.some((protocol) => colon === protocol.length && href.startsWith(protocol));
}
