import type { ContactDetails, LocalizedText } from './vocabulary.ts';

/**
 * A structured value that is either the same in every language or given per
 * language (`fi: PL 800`, `en: P.O. Box 800`): e-mail addresses, phone
 * numbers, web addresses, names.
 */
export type PerLanguage<T extends string> = T | { readonly [language: string]: T };

/** A value and the language it is in: the one asked for, or another where the notice gives none in it. */
export interface ValueIn {
  readonly value: string;
  /** The language of the value, or `undefined` when it is the same in every language. */
  readonly lang: string | undefined;
}

/** Whether a value is given per language. */
export function isPerLanguage(value: PerLanguage<string>): value is { readonly [language: string]: string } {
  return typeof value === 'object';
}

/**
 * The value for one language: the one value, or the value in that language,
 * else in the first of `fallbacks` that has one.
 */
export function valueIn(value: PerLanguage<string>, locale: string, fallbacks: readonly string[]): ValueIn | undefined {
  if (!isPerLanguage(value)) return { value, lang: undefined };
  for (const lang of [locale, ...fallbacks]) {
    const found = value[lang];
    if (found !== undefined) return { value: found, lang };
  }
  return undefined;
}

/** Every value a per-language value holds, with its language (`undefined` for a shared value). */
export function allValues(value: PerLanguage<string>): { readonly lang: string | undefined; readonly value: string }[] {
  return isPerLanguage(value) ? Object.entries(value).map(([lang, text]) => ({ lang, value: text })) : [{ lang: undefined, value }];
}

/** A contact value with the label the notice gives it (`vaihde` / `switchboard`). */
export interface LabelledValue {
  readonly value: PerLanguage<string>;
  readonly label?: LocalizedText;
  /** Where it is written, relative to the contact details: `/email`, `/phone/1/number`. */
  readonly pointer: string;
}

type OneOrList<Key extends string> = PerLanguage<string> | readonly ({ readonly [K in Key]: PerLanguage<string> } & { readonly label?: LocalizedText })[];

function labelled<Key extends string>(values: OneOrList<Key> | undefined, key: Key, field: string): LabelledValue[] {
  if (values === undefined) return [];
  if (!Array.isArray(values)) return [{ value: values as PerLanguage<string>, pointer: `/${field}` }];
  return (values as readonly ({ readonly [K in Key]: PerLanguage<string> } & { readonly label?: LocalizedText })[]).map((entry, index) => ({
    value: entry[key],
    ...(entry.label === undefined ? {} : { label: entry.label }),
    pointer: `/${field}/${index}/${key}`,
  }));
}

/** The e-mail addresses of contact details, one or several, each with its label. */
export function emailsOf(details: Pick<ContactDetails, 'email'>): LabelledValue[] {
  return labelled(details.email, 'address', 'email');
}

/** The telephone numbers of contact details, one or several, each with its label. */
export function phonesOf(details: Pick<ContactDetails, 'phone'>): LabelledValue[] {
  return labelled(details.phone, 'number', 'phone');
}

/** A telephone number for a `tel:` link: digits and a leading plus only. */
export function telephoneLink(phone: string): string {
  const trimmed = phone.trim();
  return `${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\(0\)/gu, '').replace(/[^0-9]/gu, '')}`;
}
