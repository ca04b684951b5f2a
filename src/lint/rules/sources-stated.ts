import { noticePointer, stateOf } from '../../model/index.ts';
import { gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

const FROM_SUBJECT = new Set(['data-subject', 'online-tracking']);

export const sourcesStated = defineRule({
  meta: {
    id: 'sources-stated',
    description: 'The notice says where the data come from; for data not from the data subject, which data and whether the source is public.',
    law: [{ source: 'GDPR', provision: 'Art. 14(1)(d), 14(2)(f)' }],
    messages: {
      missing:
        'The notice does not say where the data come from: add `sources` with its `items` or the notice’s words in `description` (GDPR Art. 14(2)(f) for data not obtained from the data subject)',
      incomplete: 'Source `{{id}}` gives data not obtained from the data subject: say {{what}} (GDPR Art. 14(1)(d), 14(2)(f))',
    },
    defaultSeverity: 'warning',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const { sources } = notice.document;
    if (stateOf(sources) === 'not-stated') {
      context.report({ ...gapPlace(sources, noticePointer('sources')), messageId: 'missing' });
      return;
    }
    sources?.items?.forEach((source, index) => {
      if (FROM_SUBJECT.has(source.kind)) return;
      const what = [
        ...(source.dataCategories === undefined ? ['which data come from it (`dataCategories`)'] : []),
        ...(source.publiclyAvailable === undefined ? ['whether it is publicly available (`publiclyAvailable`)'] : []),
      ];
      if (what.length > 0)
        context.report({ pointer: noticePointer('sources', 'items', index), messageId: 'incomplete', data: { id: source.id, what: what.join(' and ') } });
    });
  },
});
