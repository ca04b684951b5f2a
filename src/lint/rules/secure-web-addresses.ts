import { childPointer } from '../../source/index.ts';
import { defineRule } from '../rule.ts';

/** A plain `http://` address, as a value or as a Markdown link target in a text. */
const PLAIN_HTTP = /(?:^|\]\()http:\/\//u;

export const secureWebAddresses = defineRule({
  meta: {
    id: 'secure-web-addresses',
    description: 'Web addresses the notice gives, above all forms that collect personal data, use `https://`.',
    law: [{ source: 'GDPR', provision: 'Art. 32(1), 25(1)' }],
    messages: {
      plain: 'An `http://` address sends what a reader enters, such as a rights request, unencrypted: use the `https://` address',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    for (const pointer of plainHttpPointers(notice.document, '')) context.report({ pointer, messageId: 'plain' });
    for (const pointer of plainHttpPointers(notice.organisation.document, '')) context.report({ pointer, file: 'organisation', messageId: 'plain' });
  },
});

/** The pointers of every string in a document that is, or links to, a plain `http://` address. */
function plainHttpPointers(value: unknown, pointer: string): string[] {
  if (typeof value === 'string') return PLAIN_HTTP.test(value) ? [pointer] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => plainHttpPointers(child, childPointer(pointer, key)));
}
