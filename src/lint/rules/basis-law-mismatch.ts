import { at, knownAct, lawKind, type DeepReadonly, type LawReference } from '../../model/index.ts';
import { basisInWords } from '../helpers.ts';
import { mentions } from '../mentions.ts';
import { defineRule } from '../rule.ts';
import { citedLaws, lawInWords, statedEntries } from '../stated-entries.ts';

/**
 * Acts that say how personal data may be processed rather than giving a task
 * or an obligation: citing them beside consent or legitimate interests (the
 * GDPR's own article, the e-marketing rules of 917/2014 §200) is no contradiction.
 */
const DATA_PROTECTION_ACTS: ReadonlySet<string> = new Set(['2016/679', '2002/58/EY', '1050/2018', '523/1999', '917/2014', '516/2004', '759/2004', '477/2001']);

export const basisLawMismatch = defineRule({
  meta: {
    id: 'basis-law-mismatch',
    description:
      'A basis of consent or legitimate interests does not cite a law that sets the task or obligation, which would make the basis a legal obligation or public task.',
    law: [{ source: 'GDPR', provision: 'Art. 6(1)(c), 6(1)(e), 6(3), 13(1)(c)' }],
    messages: {
      mismatch:
        'The basis is {{basis}}, yet {{law}} is cited for it: where a law sets the task or the obligation, the basis is a legal obligation (GDPR Art. 6(1)(c)) or a task in the public interest (Art. 6(1)(e)), resting on that law (Art. 6(3)); state that basis, or, where the law is cited for something else (a retention period, a disclosure), move it there',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    // a public authority relying on legitimate interests is public-authority-legitimate-interest's finding
    const authority = notice.organisation.document.publicAuthority === true;
    for (const { entry, pointer } of statedEntries(notice)) {
      if (entry.basis !== 'consent' && (entry.basis !== 'legitimate-interests' || authority)) continue;
      const task = citedLaws(entry.law, at(pointer, 'law')).find(({ reference }) => setsATask(reference));
      if (task !== undefined)
        context.report({
          pointer: task.reference.number === undefined ? task.pointer : at(task.pointer, 'number'),
          messageId: 'mismatch',
          data: { basis: basisInWords(entry.basis), law: lawInWords(task.reference) },
        });
    }
  },
});

/** Whether a reference may be a law that sets a task or an obligation: an act or decree that is not about data protection itself (a bill is `law-is-a-bill`'s). */
function setsATask(reference: DeepReadonly<LawReference>): boolean {
  const kind = lawKind(reference);
  if (kind !== 'act' && kind !== 'decree') return false;
  const known = knownAct(reference);
  if (known !== undefined) return !DATA_PROTECTION_ACTS.has(known.number);
  return !mentions(reference.name, DATA_PROTECTION_WORDS) && !mentions(reference.text, DATA_PROTECTION_WORDS);
}

/** How an act seloste does not know by its number names data protection: `tietosuojalaki`, `dataskyddslagen`, `GDPR`. */
const DATA_PROTECTION_WORDS = /tietosuoja|sähköisen viestinnän|dataskydd|elektronisk kommunikation|data protection|electronic communications|GDPR/iu;
