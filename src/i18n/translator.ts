import i18next from 'i18next';

/** Standard texts of one locale: flat dotted keys to strings. */
export type LocaleMessages = Readonly<Record<string, string>>;

/** Standard texts of every locale seloste publishes in, keyed by language code. */
export type LocaleResources = Readonly<Record<string, LocaleMessages>>;

/** Translates standard texts for one locale; `t(key, values)` as in i18next. */
export interface LocaleTexts {
  readonly locale: string;
  /** A standard text, with `{{name}}` filled from `values` (counts choose plural forms). */
  readonly t: (key: string, values?: Readonly<Record<string, unknown>>) => string;
  /** A `YYYY-MM-DD` date in the locale's form: `24.10.2022`, `24 October 2022`. */
  formatDate(isoDate: string): string;
  /** `a, b and c` in the locale's words. */
  and(items: readonly string[]): string;
  /** `a, b or c` in the locale's words. */
  or(items: readonly string[]): string;
}

/** The standard texts of every locale, each translated by its own i18next instance. */
export interface Translator {
  readonly locales: readonly string[];
  /** The keys of the standard texts (every locale has the same; a test checks it). */
  readonly keys: readonly string[];
  /** The texts of a locale; an unknown locale is a programming error here (validation reports it to users). */
  forLocale(locale: string): LocaleTexts;
}

/**
 * Creates the translator over the standard texts. One i18next instance (never
 * the global one) is created per call; make one per build and share it.
 */
export function createTranslator(resources: LocaleResources): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(resources).map(([locale, messages]) => [locale, { translation: messages }])),
    lng: Object.keys(resources)[0] ?? 'en',
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  // Intl formats that take the locale from the text (`locale: en-GB`), so the
  // locale file alone decides how dates and lists read.
  instance.services.formatter?.addCached('date', (lng: string | undefined, options: { locale?: string } & Intl.DateTimeFormatOptions) => {
    const { locale, ...format } = options;
    const formatter = new Intl.DateTimeFormat(locale ?? lng, { ...pickDateOptions(format), timeZone: 'UTC' });
    return (value: string) => formatter.format(new Date(`${value}T00:00:00Z`));
  });
  instance.services.formatter?.addCached('list', (lng: string | undefined, options: { locale?: string; type?: Intl.ListFormatType }) => {
    const formatter = new Intl.ListFormat(options.locale ?? lng, { type: options.type ?? 'conjunction' });
    return (value: readonly string[]) => formatter.format(value);
  });

  const cache = new Map<string, LocaleTexts>();
  const locales = Object.keys(resources);
  return {
    locales,
    keys: Object.keys(resources[locales[0] ?? ''] ?? {}),
    forLocale(locale) {
      const cached = cache.get(locale);
      if (cached !== undefined) return cached;
      if (!(locale in resources)) throw new Error(`No standard texts for locale "${locale}"`);
      const fixed = instance.getFixedT(locale);
      // A notice asks for the same texts many times and i18next takes its time
      // to answer: remember each answer (the texts do not change during a run).
      const answers = new Map<string, string>();
      const t = (key: string, values?: Readonly<Record<string, unknown>>): string => {
        const question = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
        let answer = answers.get(question);
        if (answer === undefined) {
          answer = String(fixed(key, values ?? {}));
          answers.set(question, answer);
        }
        return answer;
      };
      const texts: LocaleTexts = {
        locale,
        t,
        formatDate: (isoDate) => t('format.date', { date: isoDate }),
        and: (items) => t('format.and', { items }),
        or: (items) => t('format.or', { items }),
      };
      cache.set(locale, texts);
      return texts;
    },
  };
}

function pickDateOptions(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const { day, month, year, weekday } = options;
  return Object.fromEntries(Object.entries({ day, month, year, weekday }).filter(([, value]) => value !== undefined));
}
