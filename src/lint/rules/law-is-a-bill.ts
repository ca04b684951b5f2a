import { at, knownAct, knownActByNumber, lawKind, noticePointer, stated, type Notice } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { citedLaws, lawInWords, statedEntries, type CitedLaw } from '../stated-entries.ts';

/** A law reference and what the notice cites it for, in words for a message. */
interface Citation extends CitedLaw {
  readonly purpose: string;
}

/** Every law the notice cites: for a legal basis, a retention period or a disclosure. */
function citations(notice: Notice): Citation[] {
  const { document } = notice;
  return [
    ...statedEntries(notice).flatMap(({ entry, pointer }) =>
      citedLaws(entry.law, at(pointer, 'law')).map((law) => ({ ...law, purpose: 'the legal basis rests on' })),
    ),
    ...(stated(document.retention)?.rules ?? []).flatMap((rule, index) =>
      citedLaws(rule.law, noticePointer('retention', 'rules', index, 'law')).map((law) => ({ ...law, purpose: 'that sets the retention period' })),
    ),
    ...(stated(document.recipients)?.items ?? []).flatMap((recipient, index) =>
      citedLaws(recipient.law, noticePointer('recipients', 'items', index, 'law')).map((law) => ({ ...law, purpose: 'that allows the disclosure' })),
    ),
  ];
}

export const lawIsABill = defineRule({
  meta: {
    id: 'law-is-a-bill',
    description: 'The laws a notice cites are acts in force: not a government bill, nor an act that has been replaced.',
    law: [
      { source: 'GDPR', provision: 'Art. 6(3), 13(1)(c)' },
      { source: 'GDPR', provision: 'Art. 12(1)' },
    ],
    messages: {
      bill: '{{law}} is a government bill, cited as the law {{purpose}}: a bill is not law (GDPR Art. 6(3)); cite the act it led to, by its number, e.g. `{number: 1050/2018, section: "4"}`',
      replaced: '{{law}} is cited as the law {{purpose}}, but it has been replaced by {{replacement}}: cite the act in force (GDPR Art. 12(1), 13(1)(c))',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    for (const { reference, pointer, purpose } of citations(notice)) {
      const place = reference.number === undefined ? pointer : at(pointer, 'number');
      if (lawKind(reference) === 'government-bill') {
        context.report({ pointer: place, messageId: 'bill', data: { law: lawInWords(reference), purpose } });
        continue;
      }
      const replacedBy = knownAct(reference)?.replacedBy;
      if (replacedBy === undefined) continue;
      const replacement = knownActByNumber(replacedBy);
      const inWords = replacement === undefined ? replacedBy : `the ${replacement.names['en'] ?? replacedBy} (${replacedBy})`;
      context.report({ pointer: place, messageId: 'replaced', data: { law: lawInWords(reference), purpose, replacement: inWords } });
    }
  },
});
