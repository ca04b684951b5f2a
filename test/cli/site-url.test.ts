import { describe, expect, it } from 'vitest';
import { chooseSiteAddress, placeholderAddressWarning } from '../../src/cli/site-url.ts';

describe('the site address of seloste build', () => {
  it('comes from --site, else SELOSTE_SITE_URL, else site.url of the configuration', () => {
    expect(chooseSiteAddress('https://a.fi/', 'https://b.fi/', 'https://c.fi/')).toEqual({ url: 'https://a.fi/', source: '--site' });
    expect(chooseSiteAddress(undefined, '', 'https://c.fi/')).toEqual({ url: 'https://c.fi/', source: 'site.url in seloste.config.yaml' });
    expect(chooseSiteAddress(undefined, undefined, undefined)).toEqual({ source: 'nowhere' });
  });

  it('warns while it is unset or on an example domain, and not for a real one', () => {
    expect(placeholderAddressWarning({ source: 'nowhere' })).toMatch(
      /^warning: no site address is set: canonical links, hreflang links and the sitemap point at a placeholder.*Set `site\.url` in seloste\.config\.yaml or pass --site/u,
    );
    for (const url of ['https://tietosuoja.example.fi/', 'https://example.com/privacy/', 'http://www.example.org/']) {
      expect(placeholderAddressWarning({ url, source: '--site' }), url).toContain(`the site address ${url} (from --site) is an example address`);
    }
    expect(placeholderAddressWarning({ url: 'https://tietosuoja.pori-energia.fi/', source: '--site' })).toBeUndefined();
    expect(placeholderAddressWarning({ url: 'https://www.counterexample.fi/', source: '--site' })).toBeUndefined();
  });

  it('refuses an address with a user name or password, which every page would publish', () => {
    expect(() => chooseSiteAddress('https://admin:salasana@tietosuoja.pori-energia.fi/', undefined, undefined)).toThrow(
      /user name or password in the site address \(from --site\)/u,
    );
    expect(() => chooseSiteAddress(undefined, undefined, 'https://admin@tietosuoja.pori-energia.fi/')).toThrow(/from site\.url in seloste\.config\.yaml/u);
  });
});
