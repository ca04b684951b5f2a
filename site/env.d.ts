/// <reference types="astro/client" />

/** The path the site is published under, ending in `/` (set in astro.config.mjs). */
declare const __SITE_BASE__: string;
