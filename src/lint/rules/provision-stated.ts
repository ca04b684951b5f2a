import { noticePointer, purposesOf, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const provisionStated = defineRule({
  meta: {
    id: 'provision-stated',
    description: 'Where data come from the data subject, the notice says whether providing them is required and what follows if not.',
    law: [{ source: 'GDPR', provision: 'Art. 13(2)(e)' }],
    messages: {
      missing:
        'The notice does not say whether data subjects must provide the data ({{purposes}}): state whether it is a statutory or contractual requirement, needed for a contract, or voluntary, and what follows if not, in `provision` of the notice or of each purpose (GDPR Art. 13(2)(e))',
    },
    defaultSeverity: 'error',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const { document } = notice;
    const sources = stated(document.sources)?.items;
    const fromSubject = sources === undefined || sources.some((source) => source.kind === 'data-subject');
    if (!fromSubject || stated(document.provision) !== undefined) return;
    const purposes = purposesOf(notice);
    const silent = purposes.filter((purpose) => stated(purpose.provision) === undefined);
    if (purposes.length > 0 && silent.length === 0) return;
    const which = silent.length === purposes.length ? 'no purpose says' : `purposes ${silent.map((purpose) => `\`${purpose.id}\``).join(', ')}`;
    const place = document.purposes === undefined ? { pointer: noticePointer() } : { pointer: noticePointer('purposes'), target: 'key' as const };
    context.report({ ...place, messageId: 'missing', data: { purposes: purposes.length === 0 ? 'the notice states no purposes' : which } });
  },
});
