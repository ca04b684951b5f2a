import { isEmailAddress } from '../../schema/index.ts';
import { telephoneLink } from '../../model/index.ts';
import { eachValue, structuredValues } from '../contact-details.ts';
import { defineRule } from '../rule.ts';

/** The fewest digits of a telephone number that can be dialled (short service numbers), and the most ITU-T E.164 allows. */
const PHONE_DIGITS = { min: 5, max: 15 } as const;

export const contactValues = defineRule({
  meta: {
    id: 'contact-values',
    description: 'E-mail addresses are valid addresses, and telephone numbers have 5 to 15 digits.',
    law: [{ source: 'GDPR', provision: 'Art. 12(1), 12(2)' }],
    messages: {
      email: '`{{value}}` is not a valid e-mail address, so readers cannot write to it: correct it (the page shows it as written)',
      phone:
        'Telephone number `{{value}}` has {{count}} digits, but a number has {{min}} to {{max}} (ITU-T E.164): a digit is missing or extra; correct it (the page shows it as written)',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    for (const structured of structuredValues(notice)) {
      if (structured.kind !== 'email' && structured.kind !== 'phone') continue;
      for (const { value, pointer } of eachValue(structured)) {
        if (structured.kind === 'email' && !isEmailAddress(value)) context.report({ pointer, file: structured.file, messageId: 'email', data: { value } });
        if (structured.kind === 'phone') {
          const count = telephoneLink(value).replace('+', '').length;
          if (count < PHONE_DIGITS.min || count > PHONE_DIGITS.max)
            context.report({ pointer, file: structured.file, messageId: 'phone', data: { value, count, ...PHONE_DIGITS } });
        }
      }
    }
  },
});
