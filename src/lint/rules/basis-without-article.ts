import { at, knownAct, type DeepReadonly, type LawReference } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { citedLaws, lawInWords, statedEntries } from '../stated-entries.ts';

export const basisWithoutArticle = defineRule({
  meta: {
    id: 'basis-without-article',
    description: 'A legal basis that names an act also names the point of GDPR Art. 6(1) it rests on.',
    law: [{ source: 'GDPR', provision: 'Art. 6(1), 6(3), 13(1)(c)' }],
    messages: {
      missing:
        'The legal basis names {{law}} but not the point of GDPR Art. 6(1) it rests on: an act does not replace the basis, it lays one down (Art. 6(3)); say which point applies in `basis`, usually a legal obligation (Art. 6(1)(c)) or a task in the public interest (Art. 6(1)(e)) (Art. 13(1)(c))',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    for (const { entry, pointer } of statedEntries(notice)) {
      if (entry.basis !== undefined) continue;
      const laws = citedLaws(entry.law, at(pointer, 'law'));
      const first = laws[0];
      if (first === undefined || laws.some(({ reference }) => citesArticle6(reference))) continue;
      context.report({ pointer: at(pointer, 'law'), messageId: 'missing', target: 'key', data: { law: lawInWords(first.reference) } });
    }
  },
});

/** Whether a reference cites a point of GDPR Art. 6(1) itself: `{number: 2016/679, article: 6(1)(e)}`. */
function citesArticle6(reference: DeepReadonly<LawReference>): boolean {
  return knownAct(reference)?.number === '2016/679' && /^6\s*\(1\)\s*\([a-f]\)/u.test(reference.article ?? '');
}
