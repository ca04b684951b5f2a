import { organisationPointer } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

/** A Finnish business ID: seven digits, a hyphen and a check digit. */
const BUSINESS_ID = /^(\d{7})-(\d)$/u;
/** The weights of the seven digits in the check-digit sum. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

export const businessId = defineRule({
  meta: {
    id: 'business-id',
    description: 'A controller’s business ID (Y-tunnus) has the form `1234567-1` and a check digit that fits its digits.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(a), 14(1)(a)' }],
    messages: {
      malformed:
        'Business ID `{{value}}` is not in the form of a Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit, e.g. `1234567-1`; copy it from the Business Information System (ytj.fi)',
      checkDigit:
        'Business ID `{{value}}` ends in {{given}}, but the check digit of {{digits}} is {{expected}}: a digit is mistyped; copy the ID from the Business Information System (ytj.fi)',
      noCheckDigit:
        'Business ID `{{value}}` cannot be right: no check digit fits the digits {{digits}}, so one of them is mistyped; copy the ID from the Business Information System (ytj.fi)',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const { entities } = notice.organisation.document;
    for (const controller of notice.controllers) {
      const value = controller.businessId;
      if (value === undefined) continue;
      const pointer = organisationPointer(
        'entities',
        entities.findIndex((entity) => entity.id === controller.id),
        'businessId',
      );
      const report = (messageId: string, data: Record<string, string>) =>
        context.report({ pointer, file: 'organisation', messageId, data: { value, ...data } });
      const match = BUSINESS_ID.exec(value);
      const digits = match?.[1];
      const given = match?.[2];
      if (digits === undefined || given === undefined) report('malformed', {});
      else {
        const expected = checkDigit(digits);
        if (expected === undefined) report('noCheckDigit', { digits });
        else if (expected !== Number(given)) report('checkDigit', { digits, given, expected: String(expected) });
      }
    }
  },
});

/** The check digit of a business ID's seven digits; `undefined` when the weighted sum leaves a remainder of 1, which no valid ID has. */
function checkDigit(digits: string): number | undefined {
  const remainder = [...digits].reduce((sum, digit, index) => sum + Number(digit) * (WEIGHTS[index] ?? 0), 0) % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return undefined;
  return 11 - remainder;
}
