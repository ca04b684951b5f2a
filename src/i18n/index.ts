export { createTranslator } from './translator.ts';
export type { LocaleMessages, LocaleResources, LocaleTexts, Translator } from './translator.ts';
