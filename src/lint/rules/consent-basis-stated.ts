import { defineRule } from '../rule.ts';
import { anyPurposeOn } from '../helpers.ts';

export const consentBasisStated = defineRule({
  meta: {
    id: 'consent-basis-stated',
    description: 'Where the notice relies on consent, a purpose states consent as its legal basis.',
    law: [
      { source: 'GDPR', provision: 'Art. 6(1)(a), 7(1)' },
      { source: 'GDPR', provision: 'Art. 13(1)(c)' },
    ],
    messages: {
      relied:
        'The notice relies on consent here ({{what}}), but no purpose has consent as its legal basis: tie consent to the purposes that rest on it (`legalBasis: {basis: consent}`), GDPR Art. 13(1)(c)',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    if (anyPurposeOn(notice, 'consent')) return;
    const { document } = notice;
    document.dataCategories?.items.forEach((category, index) => {
      if (category.collectedWithConsent === true) context.report({ pointer: `/dataCategories/items/${index}/collectedWithConsent`, messageId: 'relied', data: { what: `data category \`${category.id}\` is collected with consent` } });
    });
    document.sources?.items?.forEach((source, index) => {
      if (source.collectedWithConsent === true) context.report({ pointer: `/sources/items/${index}/collectedWithConsent`, messageId: 'relied', data: { what: `source \`${source.id}\` gives data with consent` } });
    });
    document.retention?.rules.forEach((rule, index) => {
      if (rule.until?.includes('consent-withdrawn') === true) context.report({ pointer: `/retention/rules/${index}/until`, messageId: 'relied', data: { what: 'data are kept until consent is withdrawn' } });
    });
  },
});
