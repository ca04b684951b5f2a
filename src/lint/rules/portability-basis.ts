import { noticePointer, stated } from '../../model/index.ts';
import { affirmedMention } from '../mentions.ts';
import { defineRule } from '../rule.ts';
import { basesFor } from '../stated-entries.ts';

/** Bases other than consent or contract, named in words. */
const OTHER_BASES =
  /oikeutet\p{L}* etu|lakisääteis|yleisen edun|julkisen vallan|legitimate interest|legal obligation|public interest|official authority|public task|berättigat intresse|rättslig förpliktelse|allmänt intresse|myndighetsutövning/iu;
/** Consent or a contract, named in words. */
const CONSENT_OR_CONTRACT = /suostum|sopimu|consent|contract|samtyck|avtal/iu;

export const portabilityBasis = defineRule({
  meta: {
    id: 'portability-basis',
    description: 'The right to data portability is listed only for processing on consent or a contract, and its conditions say so.',
    law: [{ source: 'GDPR', provision: 'Art. 20(1), 20(3), 13(2)(b)' }],
    messages: {
      basis:
        'The right to data portability is listed, but {{what}} rests on consent or a contract, where it applies (GDPR Art. 20(1)): remove it, or correct the legal bases',
      publicTask:
        'The right to data portability is listed, but {{what}} rests on consent or a contract, where it applies (GDPR Art. 20(1)), and it does not apply to processing for a task in the public interest (Art. 20(3)): remove it, or correct the legal bases',
      conditions:
        'The conditions of the right to data portability name a basis where it does not apply: it covers the data the data subject provided, processed by automated means on consent or a contract (GDPR Art. 20(1)); correct `conditions`',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    stated(notice.document.rights)?.items?.forEach((item, index) => {
      const position = item.covers.indexOf('portability');
      if (item.applies === false || position < 0) return;
      const purposes = item.appliesTo?.purposes;
      const bases = basesFor(notice, purposes);
      const what = purposes === undefined ? 'no purpose' : 'none of the purposes it applies to';
      // without stated bases there is nothing to check against: legal-basis-per-purpose reports that
      if (bases.size > 0 && !bases.has('consent') && !bases.has('contract')) {
        context.report({
          pointer: noticePointer('rights', 'items', index, 'covers', position),
          messageId: bases.has('public-task') ? 'publicTask' : 'basis',
          data: { what },
        });
      } else if (affirmedMention(item.conditions, OTHER_BASES) !== undefined && affirmedMention(item.conditions, CONSENT_OR_CONTRACT) === undefined) {
        context.report({ pointer: noticePointer('rights', 'items', index, 'conditions'), messageId: 'conditions' });
      }
    });
  },
});
