/// <reference types="astro/client" />

/** The path the site is published under, ending in `/` (set in astro.config.mjs). */
declare const __SITE_BASE__: string;

declare module 'virtual:seloste/site-data' {
  const data: import('../src/publish/index.ts').PublishedSite;
  export default data;
}
