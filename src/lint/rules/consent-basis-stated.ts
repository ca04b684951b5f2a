import { noticePointer, stated, type Notice, type Place } from '../../model/index.ts';
import { basesFor } from '../stated-entries.ts';
import { defineRule } from '../rule.ts';

/** A place where the notice's structured statements rely on consent. */
export interface ConsentReliance {
  readonly pointer: Place<unknown>;
  /** What relies on consent, for a message. */
  readonly what: string;
}

/** Where the notice relies on consent in its structured statements: data or sources collected with consent, data kept until consent is withdrawn. */
export function consentReliances(notice: Notice): ConsentReliance[] {
  const { document } = notice;
  return [
    ...(stated(document.dataCategories)?.items ?? []).flatMap((category, index) =>
      category.collectedWithConsent === true
        ? [
            {
              pointer: noticePointer('dataCategories', 'items', index, 'collectedWithConsent'),
              what: `data category \`${category.id}\` is collected with consent`,
            },
          ]
        : [],
    ),
    ...(stated(document.sources)?.items ?? []).flatMap((source, index) =>
      source.collectedWithConsent === true
        ? [{ pointer: noticePointer('sources', 'items', index, 'collectedWithConsent'), what: `source \`${source.id}\` gives data with consent` }]
        : [],
    ),
    ...(stated(document.retention)?.rules ?? []).flatMap((rule, index) =>
      rule.until?.includes('consent-withdrawn') === true
        ? [{ pointer: noticePointer('retention', 'rules', index, 'until'), what: 'data are kept until consent is withdrawn' }]
        : [],
    ),
  ];
}

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
    if (basesFor(notice).has('consent')) return;
    for (const { pointer, what } of consentReliances(notice)) context.report({ pointer, messageId: 'relied', data: { what } });
  },
});
