import { noticePointer, purposesOf, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

/** Purpose and data kinds that amount to profiling, with how messages name them. */
const PROFILING_PURPOSES: ReadonlyMap<string, string> = new Map([
  ['targeting', 'a targeting purpose'],
  ['advertising', 'an advertising purpose'],
]);
const PROFILING_DATA: ReadonlyMap<string, string> = new Map([
  ['targeting', 'targeting data'],
  ['online-behaviour', 'online behaviour data'],
  ['interests', 'data on interests'],
  ['cookies.marketing', 'marketing cookies'],
]);

export const profilingConsistency = defineRule({
  meta: {
    id: 'profiling-consistency',
    description: 'A notice that denies profiling does not process data or pursue purposes that amount to it.',
    law: [
      { source: 'GDPR', provision: 'Art. 4(4), 21(2), Recital 60' },
      { source: 'GDPR', provision: 'Art. 13(2)(f)' },
    ],
    messages: {
      contradiction:
        'Profiling is denied, yet the notice has {{signals}}: evaluating interests or behaviour, for example to target communication, is profiling (GDPR Art. 4(4)); state `profiling: true` and what it means for the data subject, or correct the data and purposes',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    const { document } = notice;
    if (stated(document.automatedDecisionMaking)?.profiling !== false) return;
    const signals = new Map<string, string[]>();
    const note = (label: string, id: string) => signals.set(label, [...(signals.get(label) ?? []), `\`${id}\``]);
    for (const purpose of purposesOf(notice))
      for (const kind of purpose.kinds ?? []) if (PROFILING_PURPOSES.has(kind)) note(PROFILING_PURPOSES.get(kind) ?? kind, purpose.id);
    for (const category of stated(document.dataCategories)?.items ?? [])
      for (const kind of category.kinds ?? []) if (PROFILING_DATA.has(kind)) note(PROFILING_DATA.get(kind) ?? kind, category.id);
    const described = [...signals].map(([label, ids]) => `${label} (${ids.join(', ')})`);
    if (described.length > 0)
      context.report({ pointer: noticePointer('automatedDecisionMaking', 'profiling'), messageId: 'contradiction', data: { signals: described.join(', ') } });
  },
});
