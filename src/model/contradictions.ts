import { plural, type Diagnostic } from '../diagnostics/index.ts';
import { childPointer, diagnosticAt } from '../source/index.ts';
import type { NoticeDocument } from './generated/schema-types.ts';
import { at, noticePointer, type Place } from './places.ts';
import type { DeepReadonly, Located } from './types.ts';
import type { LegalBasis } from './vocabulary.ts';

/**
 * Statements a notice makes twice, where the two disagree: the page would
 * say both, and the record would carry both. Each is an error at the
 * summary statement, saying which detail contradicts it.
 */
export function contradictions(document: DeepReadonly<NoticeDocument>, source: Located): Diagnostic[] {
  const found: Diagnostic[] = [];
  const destinations = document.transfers?.destinations ?? [];
  if (document.transfers?.outsideEea === 'none' && destinations.length > 0) {
    const line = source.sourceMap.locate(noticePointer('transfers', 'destinations'), 'key').start.line;
    found.push(
      diagnosticAt(
        source,
        noticePointer('transfers', 'outsideEea'),
        'contradiction',
        `\`outsideEea\` is \`none\`, but \`destinations\` (line ${line}) lists ${plural(destinations.length, 'transfer')} outside the EU/EEA; write \`outsideEea: yes\`, or remove \`destinations\``,
      ),
    );
  }
  const recipients = document.recipients?.items ?? [];
  if (document.recipients?.none === true && recipients.length > 0) {
    const line = source.sourceMap.locate(noticePointer('recipients', 'items'), 'key').start.line;
    found.push(
      diagnosticAt(
        source,
        noticePointer('recipients', 'none'),
        'contradiction',
        `\`none: true\` says the data are disclosed to no one, but \`items\` (line ${line}) lists ${plural(recipients.length, 'recipient')}; remove \`none: true\`, or remove the recipients`,
      ),
    );
  }
  if (document.legalBasis !== undefined) found.push(...basisTwice(document.legalBasis, noticePointer('legalBasis'), source));
  document.purposes?.items?.forEach((purpose, index) => {
    if (purpose.legalBasis !== undefined) found.push(...basisTwice(purpose.legalBasis, noticePointer('purposes', 'items', index, 'legalBasis'), source));
  });
  found.push(...silentButSaying(document, source));
  document.dataSubjects?.groups?.forEach((group, index) => {
    if (group.noPersonalData === true && group.dataCategories !== undefined) {
      found.push(
        diagnosticAt(
          source,
          noticePointer('dataSubjects', 'groups', index, 'noPersonalData'),
          'contradiction',
          `\`noPersonalData: true\` says no personal data are stored about this group, but \`dataCategories\` names some; remove one of them`,
        ),
      );
    }
  });
  return found;
}

/** A statement that names one basis directly and others in `bases`: which is meant? */
function basisTwice(statement: LegalBasis, pointer: Place<LegalBasis>, source: Located): Diagnostic[] {
  if (statement.bases === undefined || (statement.basis === undefined && statement.law === undefined)) return [];
  return [
    diagnosticAt(
      source,
      at(pointer, 'bases'),
      'contradiction',
      `\`bases\` lists the legal bases, but the statement also names one directly (\`${statement.basis === undefined ? 'law' : 'basis'}\`); move it into \`bases\` as one of its entries`,
    ),
  ];
}

/** Keys that only mark a section's state; anything else is something the notice says. */
const STATE_KEYS = new Set(['notStated']);

/** A section marked `notStated` that also says something: is the notice silent, or not? */
function silentButSaying(document: DeepReadonly<NoticeDocument>, source: Located): Diagnostic[] {
  const sections: [string, object | undefined][] = Object.entries(document)
    .filter((entry): entry is [string, object] => typeof entry[1] === 'object' && entry[1] !== null && !Array.isArray(entry[1]))
    .map(([key, section]) => [childPointer(noticePointer(), key), section]);
  document.purposes?.items?.forEach((purpose, index) => sections.push([noticePointer('purposes', 'items', index, 'legalBasis'), purpose.legalBasis]));
  return sections.flatMap(([pointer, section]) => {
    if (section === undefined || !('notStated' in section)) return [];
    const said = Object.keys(section).filter((name) => !STATE_KEYS.has(name));
    if (said.length === 0) return [];
    return [
      diagnosticAt(
        source,
        childPointer(pointer, 'notStated'),
        'contradiction',
        `\`notStated\` says the notice is silent here, but ${said.map((name) => `\`${name}\``).join(', ')} says something; remove \`notStated\`, or the rest`,
      ),
    ];
  });
}
