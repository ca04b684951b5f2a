import { at, noticePointer, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const retentionPeriod = defineRule({
  meta: {
    id: 'retention-period',
    description: 'A retention rule gives a period or a concrete event, not “as long as necessary” alone.',
    law: [
      { source: 'GDPR', provision: 'Art. 13(2)(a), 5(1)(e)' },
      { source: 'WP260', provision: 'Annex, Art. 13(2)(a)' },
    ],
    messages: {
      vague:
        '“As long as necessary” alone does not tell how long the data are kept: give a period (`period: P2Y`) or the event that ends storage (`until: [customer-relationship-ended]`), GDPR Art. 13(2)(a)',
      noLaw: 'A storage period set by law names the law: add `law`',
      periodAfterStatute:
        'With `until: [statutory-period-ended]`, `period` counts from the end of the legal period, so the page says the data are kept {{period}} longer than the law requires. For the period the law sets, write `period` and `law` without `until`',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    stated(notice.document.retention)?.rules?.forEach((rule, index) => {
      const pointer = noticePointer('retention', 'rules', index);
      if (rule.period === undefined && rule.until !== undefined && rule.until.every((event) => event === 'purpose-fulfilled'))
        context.report({ pointer: at(pointer, 'until'), messageId: 'vague' });
      if (rule.until?.includes('statutory-period-ended') === true && rule.law === undefined)
        context.report({ pointer: at(pointer, 'until'), messageId: 'noLaw' });
      if (rule.until?.includes('statutory-period-ended') === true && rule.period !== undefined)
        context.report({ pointer: at(pointer, 'period'), messageId: 'periodAfterStatute', data: { period: rule.period } });
    });
  },
});
