import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.ts';

/** Where the standard texts are: one `<language>.json` per language. */
const localesDirectory = join(packageRoot, 'src', 'i18n', 'locales');

/**
 * The locale files in `src/i18n/locales/`, sorted by language: adding a
 * language is adding its JSON file there, nothing else.
 */
export function localeFiles(): { readonly locale: string; readonly path: string }[] {
  return readdirSync(localesDirectory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ locale: file.slice(0, -'.json'.length), path: join(localesDirectory, file) }));
}

/** The languages seloste has standard texts for, from the names of the locale files, without reading them. */
export function installedLocales(): string[] {
  return localeFiles().map((file) => file.locale);
}
