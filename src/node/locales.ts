import { readFileSync } from 'node:fs';
import { createTranslator, type LocaleMessages, type LocaleResources, type Translator } from '../i18n/index.ts';
import { localeFiles } from './locale-files.ts';

/** Reads the standard texts of every installed locale (see {@link localeFiles}). */
export function readLocaleResources(): LocaleResources {
  return Object.fromEntries(localeFiles().map(({ locale, path }) => [locale, JSON.parse(readFileSync(path, 'utf8')) as LocaleMessages]));
}

let shared: Translator | undefined;

/** The translator over the installed locales, created once per process. */
export function defaultTranslator(): Translator {
  shared ??= createTranslator(readLocaleResources());
  return shared;
}
