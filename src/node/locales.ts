import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator, type LocaleMessages, type LocaleResources, type Translator } from '../i18n/index.ts';
import { packageRoot } from './package-root.ts';

const localesDirectory = join(packageRoot, 'src', 'i18n', 'locales');

/**
 * Reads the standard texts of every locale in `src/i18n/locales/`: adding a
 * language is adding its JSON file there, nothing else.
 */
export function readLocaleResources(): LocaleResources {
  const resources: Record<string, LocaleMessages> = {};
  for (const name of readdirSync(localesDirectory).filter((file) => file.endsWith('.json')).sort()) {
    resources[name.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(localesDirectory, name), 'utf8')) as LocaleMessages;
  }
  return resources;
}

let shared: Translator | undefined;

/** The translator over the installed locales, created once per process. */
export function defaultTranslator(): Translator {
  shared ??= createTranslator(readLocaleResources());
  return shared;
}
