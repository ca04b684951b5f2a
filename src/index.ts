/**
 * seloste: privacy notices as code. The public entry point: the CLI and the
 * Astro site use only what is exported here.
 */
export * from './diagnostics/index.ts';
export * from './source/index.ts';
export * from './schema/index.ts';
export * from './model/index.ts';
export * from './i18n/index.ts';
export * from './project/index.ts';
export * from './render/index.ts';
export * from './export/index.ts';
export * from './publish/index.ts';
export * from './node/index.ts';
export * from './lint/index.ts';
