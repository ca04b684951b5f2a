import { at, basesOf, lawReferences, type LegalBasisHedge, type StatedBasis } from '../../model/index.ts';
import { basisInWords, statedBasesWithPointers } from '../helpers.ts';
import { defineRule } from '../rule.ts';

/** The message of each hedge that leaves the basis open; `solely` leaves nothing open. */
const HEDGE_MESSAGES: Readonly<Record<Exclude<LegalBasisHedge, 'solely'>, string>> = {
  primarily: 'primarily',
  'as-a-rule': 'asARule',
  may: 'may',
  'and-or': 'andOr',
};

const ADVICE =
  'name the basis of each purpose, or of each kind of data or operation, splitting purposes that rest on different bases (GDPR Art. 13(1)(c)); a controller decides the basis before processing and may not swap it later (EDPB Guidelines 05/2020 on consent, §121–123)';

export const basisHedged = defineRule({
  meta: {
    id: 'basis-hedged',
    description: 'A legal basis is stated as the basis of what it covers, not “primarily”, “as a rule”, “may” or “and/or”, nor as one of alternatives.',
    law: [
      { source: 'GDPR', provision: 'Art. 13(1)(c), 14(1)(c)' },
      { source: 'EDPB Guidelines 05/2020 on consent', provision: '§121–123' },
    ],
    messages: {
      primarily: `The processing is based “primarily” on {{basis}}, which leaves the other bases unnamed: ${ADVICE}`,
      asARule: `The processing is based “as a rule” on {{basis}}, which leaves the exceptions and their bases unnamed: ${ADVICE}`,
      may: `The processing “may” be based on {{basis}}, which does not say when it is: ${ADVICE}`,
      andOr: `{{basis}} is joined to the other bases by “and/or”, which does not say which applies when: ${ADVICE}`,
      alternatives: `The bases ({{bases}}) are stated as alternatives, without saying which applies when: ${ADVICE}`,
      unscoped: `Several bases ({{bases}}) are stated for the same processing, without saying which covers what: give each its \`scope\` (the data, the data subjects or the operations it covers), or ${ADVICE}`,
    },
    messageSeverities: { andOr: 'error' },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    for (const { basis: statement, pointer: statementPointer } of statedBasesWithPointers(notice)) {
      const entries = basesOf(statement, statementPointer);
      for (const { entry, pointer } of entries) {
        if (entry.hedge === undefined || entry.hedge === 'solely') continue;
        const basis = entry.basis === undefined ? 'the law cited' : basisInWords(entry.basis);
        context.report({
          pointer: at(pointer, 'hedge'),
          messageId: HEDGE_MESSAGES[entry.hedge],
          data: { basis: entry.hedge === 'and-or' ? capitalised(basis) : basis },
        });
      }
      // “and/or” already says the bases are alternatives: one finding for it is enough
      if (entries.length < 2 || entries.some(({ entry }) => entry.hedge === 'and-or')) continue;
      const bases = entries.map(({ entry }) => (entry.basis === undefined ? 'the law cited' : basisInWords(entry.basis))).join(', ');
      if (statement.relation === 'alternatives') context.report({ pointer: at(statementPointer, 'relation'), messageId: 'alternatives', data: { bases } });
      else if (entries.filter(({ entry }) => entry.scope === undefined && !scopedByLaw(entry)).length > 1)
        context.report({ pointer: at(statementPointer, 'bases'), messageId: 'unscoped', target: 'key', data: { bases } });
    }
  },
});

/** A legal obligation or public task with its law says what it covers: what that law requires. */
function scopedByLaw(entry: StatedBasis['entry']): boolean {
  return (entry.basis === 'legal-obligation' || entry.basis === 'public-task') && lawReferences(entry.law).length > 0;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
