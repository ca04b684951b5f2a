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
    recommended: true,
  },
  check(notice, context) {
    const { document } = notice;
    const fromSubject = document.sources?.items === undefined || document.sources.items.some((source) => source.kind === 'data-subject');
    if (!fromSubject || document.provision !== undefined) return;
    const silent = document.purposes.items.filter((purpose) => purpose.provision === undefined);
    if (silent.length === 0) return;
    const purposes = silent.length === document.purposes.items.length ? 'no purpose says' : `purposes ${silent.map((purpose) => `\`${purpose.id}\``).join(', ')}`;
    context.report({ pointer: '/purposes', messageId: 'missing', target: 'key', data: { purposes } });
  },
});
