import { allValues } from '../../model/index.ts';
import { comparableEmail, comparablePhone, givenPerLanguage, structuredValues, type StructuredKind } from '../contact-details.ts';
import { defineRule } from '../rule.ts';

/** How each kind of value is compared across languages, and how messages name it. */
const KINDS: Readonly<Record<StructuredKind, { readonly noun: string; readonly comparable: (value: string) => string }>> = {
  email: { noun: 'e-mail address', comparable: comparableEmail },
  phone: { noun: 'telephone number', comparable: comparablePhone },
  // a page in each language on the same site is one place; another site is another
  web: { noun: 'web site', comparable: host },
  // words are translated (a bilingual street name, `PL` or `P.O. Box`); numbers are not
  'address-line': { noun: 'number in the address', comparable: numbers },
  name: { noun: 'number in the name', comparable: numbers },
};

export const contactParity = defineRule({
  meta: {
    id: 'contact-parity',
    description:
      'A contact value given per language leads readers of every language to the same place: the same e-mail address, telephone number, web site and address.',
    law: [{ source: 'GDPR', provision: 'Art. 12(1), 13(1)(a)' }],
    messages: {
      differs:
        'The {{what}} differs between languages ({{values}}): readers of each language are sent to a different place. Give one value for all languages, or, if the difference is intended, say why in a `# seloste-disable-next-line contact-parity -- reason` comment on the line before this one',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    for (const structured of structuredValues(notice)) {
      if (!givenPerLanguage(structured)) continue;
      const { noun, comparable } = KINDS[structured.kind];
      const values = allValues(structured.value);
      if (new Set(values.map(({ value }) => comparable(value))).size < 2) continue;
      context.report({
        pointer: structured.pointer,
        file: structured.file,
        messageId: 'differs',
        data: { what: noun, values: values.map(({ lang, value }) => `${lang ?? ''}: \`${value}\``).join(', ') },
      });
    }
  },
});

/** The site of a web address, without `www.`; the address itself when it is not one. */
function host(address: string): string {
  try {
    return new URL(address.trim()).host.toLowerCase().replace(/^www\./u, '');
  } catch {
    return address.trim().toLowerCase();
  }
}

/** The numbers in a line of text, in order: what a translation keeps. */
function numbers(text: string): string {
  return (text.match(/\d+/gu) ?? []).join(' ');
}
