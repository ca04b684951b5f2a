import { basesOf, noticePointer } from '../../model/index.ts';
import { purposesWithBasis } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const legalBasisPerPurpose = defineRule({
  meta: {
    id: 'legal-basis-per-purpose',
    description: 'Every purpose has a legal basis, its own or one the notice states for all purposes.',
    law: [{ source: 'GDPR', provision: 'Art. 6(1), 13(1)(c), 14(1)(c)' }],
    messages: {
      none: 'The notice states no legal basis for any purpose: give each purpose its `legalBasis: {basis: …}` (GDPR Art. 6(1)(a)–(f)), the basis it rests on (Art. 13(1)(c))',
      missing: 'Purpose `{{id}}` has no legal basis: give `legalBasis: {basis: …}` (GDPR Art. 6(1)(a)–(f)), the basis this purpose rests on (Art. 13(1)(c))',
      unnamed:
        'The legal basis of {{what}} is stated only in words that name no point of GDPR Art. 6(1): give in `basis` the point the words name, or, where they name none, the notice must say which of Art. 6(1)(a)–(f) applies (Art. 13(1)(c))',
    },
    gaps: ['none', 'missing'],
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const purposes = purposesWithBasis(notice);
    if (purposes.length > 0 && purposes.every(({ effective }) => effective === undefined)) {
      // one gap, not one per purpose: the notice says nothing of its legal bases
      const notStated = notice.document.legalBasis !== undefined;
      context.report({ pointer: notStated ? noticePointer('legalBasis') : noticePointer('purposes'), messageId: 'none', target: 'key' });
      return;
    }
    const reported = new Set<string>();
    for (const { purpose, index, effective } of purposes) {
      if (effective === undefined) {
        context.report({ pointer: noticePointer('purposes', 'items', index), messageId: 'missing', data: { id: purpose.id } });
        continue;
      }
      // a basis that names only an act is reported by basis-without-article
      if (basesOf(effective.statement, effective.pointer).length > 0 || reported.has(effective.pointer)) continue;
      reported.add(effective.pointer);
      context.report({
        pointer: effective.pointer,
        messageId: 'unnamed',
        target: 'key',
        data: { what: effective.scope === 'notice' ? 'every purpose' : `purpose \`${purpose.id}\`` },
      });
    }
  },
});
