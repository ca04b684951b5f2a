import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/index.ts';
import { readLocaleResources } from '../../src/node/index.ts';
import { schemaFiles, type JsonSchema } from '../../src/schema/index.ts';

const resources = readLocaleResources();
const locales = Object.keys(resources);

/** The values of a vocabulary in notice.schema.json, by JSON pointer into the schema. */
function vocabulary(pointer: string): string[] {
  let node: unknown = schemaFiles['notice.schema.json'];
  for (const segment of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[segment];
  return (node as JsonSchema)['enum'] as string[];
}

describe('standard texts', () => {
  it('exist for Finnish, English and Swedish', () => {
    expect(locales).toEqual(expect.arrayContaining(['fi', 'en', 'sv']));
  });

  it('have the same keys in every locale', () => {
    const reference = Object.keys(resources['en'] ?? {}).sort();
    for (const locale of locales) expect(Object.keys(resources[locale] ?? {}).sort(), locale).toEqual(reference);
  });

  it('have no empty strings', () => {
    for (const locale of locales) {
      const empty = Object.entries(resources[locale] ?? {})
        .filter(([, value]) => value.trim() === '')
        .map(([key]) => key);
      expect(empty, locale).toEqual([]);
    }
  });

  it('name every value of every vocabulary a reader sees', () => {
    const needed = [
      ...vocabulary('/$defs/legalBasisCode').map((code) => `legalBasis.${code}`),
      ...vocabulary('/$defs/specialCategoryCondition').map((code) => `specialCategory.${code}`),
      ...vocabulary('/$defs/transferMechanism').map((code) => `mechanism.${code}`),
      ...vocabulary('/$defs/retentionEvent').map((code) => `event.${code}`),
      ...vocabulary('/$defs/right').flatMap((code) => [`right.${code}.name`, `right.${code}.description`]),
      ...vocabulary('/$defs/contactTopic').map((code) => `contact.topic.${code}`),
      ...vocabulary('/$defs/recipient/properties/role').map((code) => `role.${code}`),
      ...vocabulary('/$defs/provision/properties/requirement').map((code) => `provision.${code}`),
      ...vocabulary('/$defs/directMarketing/properties/channels/items').map((code) => `channel.${code}`),
      ...vocabulary('/$defs/directMarketing/properties/audiences/items').map((code) => `audience.${code}`),
      ...vocabulary('/$defs/security/properties/measures/items').map((code) => `measure.${code}`),
      ...vocabulary('/$defs/dataCategory/properties/nationalIdentityCodeGround').map((code) => `identityCodeGround.${code}`),
      ...vocabulary('/$defs/transfers/properties/outsideEea').map((code) => `transfers.${code}`),
      ...locales.map((locale) => `language.in.${locale}`),
    ];
    for (const locale of locales)
      expect(
        needed.filter((key) => !(key in (resources[locale] ?? {}))),
        locale,
      ).toEqual([]);
  });

  it('write dates and lists in each locale’s own form', () => {
    const translator = createTranslator(resources);
    expect(translator.forLocale('fi').formatDate('2022-10-24')).toBe('24.10.2022');
    expect(translator.forLocale('en').formatDate('2022-10-24')).toBe('24 October 2022');
    expect(translator.forLocale('sv').formatDate('2022-10-24')).toBe('24 oktober 2022');
    expect(translator.forLocale('fi').and(['a', 'b', 'c'])).toBe('a, b ja c');
    expect(translator.forLocale('en').or(['a', 'b'])).toBe('a or b');
  });

  it('write a date as the calendar date it is, whatever the machine’s time zone', () => {
    const zone = process.env['TZ'];
    try {
      for (const timeZone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'Europe/Helsinki']) {
        process.env['TZ'] = timeZone; // Node.js applies a changed TZ at once
        expect(createTranslator(resources).forLocale('en').formatDate('2024-01-01'), timeZone).toBe('1 January 2024');
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('use separate i18next instances, leaving the global one alone', async () => {
    const { default: i18next } = await import('i18next');
    createTranslator(resources).forLocale('fi');
    expect(i18next.isInitialized).toBeFalsy();
  });
});
