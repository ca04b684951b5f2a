import { UsageError } from './usage.ts';

/** The address the site is published at, and where it was set, for messages. */
export interface SiteAddress {
  readonly url?: string;
  readonly source: string;
}

/** The address `seloste build` uses: --site, else SELOSTE_SITE_URL, else `site.url` of the configuration. */
export function chooseSiteAddress(option: string | undefined, environment: string | undefined, configured: string | undefined): SiteAddress {
  const candidates: [string | undefined, string][] = [
    [option, '--site'],
    [environment, 'SELOSTE_SITE_URL'],
    [configured, 'site.url in seloste.config.yaml'],
  ];
  const [url, source] = candidates.find(([value]) => value !== undefined && value !== '') ?? [undefined, 'nowhere'];
  if (url !== undefined && !isWebAddress(url))
    throw new UsageError(`Unexpected site address "${url}" (from ${source}); give an http:// or https:// address such as https://www.example.fi/tietosuoja/`);
  if (url !== undefined && hasCredentials(url)) {
    throw new UsageError(
      `Unexpected user name or password in the site address (from ${source}): it would be published in every page and the sitemap; give the address without \`user:password@\``,
    );
  }
  return url === undefined ? { source } : { url, source };
}

/**
 * A warning when the site would be published with a placeholder address: none
 * set, or one on an example domain (example.com, tietosuoja.example.fi).
 */
export function placeholderAddressWarning(address: SiteAddress): string | undefined {
  if (address.url !== undefined && !isExampleHost(new URL(address.url).hostname)) return undefined;
  const what = address.url === undefined ? 'no site address is set' : `the site address ${address.url} (from ${address.source}) is an example address`;
  return `warning: ${what}: canonical links, hreflang links and the sitemap point at a placeholder, not at where your site is published. Set \`site.url\` in seloste.config.yaml or pass --site https://<your address>/.\n`;
}

function hasCredentials(url: string): boolean {
  const parsed = new URL(url);
  return parsed.username !== '' || parsed.password !== '';
}

function isWebAddress(url: string): boolean {
  return URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol);
}

/** Whether a host name is on one of the domains reserved for examples (RFC 2606) or a look-alike such as example.fi. */
function isExampleHost(hostname: string): boolean {
  return hostname.split('.').includes('example');
}
