import { plural, type Diagnostic } from '../diagnostics/index.ts';
import { diagnosticAt } from '../source/index.ts';
import type { NoticeDocument } from './generated/schema-types.ts';
import type { DeepReadonly, Located } from './types.ts';

/**
 * Statements a notice makes twice, where the two disagree: the page would
 * say both, and the record would carry both. Each is an error at the
 * summary statement, saying which detail contradicts it.
 */
export function contradictions(document: DeepReadonly<NoticeDocument>, source: Located): Diagnostic[] {
  const found: Diagnostic[] = [];
  const destinations = document.transfers?.destinations ?? [];
  if (document.transfers?.outsideEea === 'none' && destinations.length > 0) {
    const line = source.sourceMap.locate('/transfers/destinations', 'key').start.line;
    found.push(
      diagnosticAt(
        source,
        '/transfers/outsideEea',
        'contradiction',
        `\`outsideEea\` is \`none\`, but \`destinations\` (line ${line}) lists ${plural(destinations.length, 'transfer')} outside the EU/EEA; write \`outsideEea: yes\`, or remove \`destinations\``,
      ),
    );
  }
  const recipients = document.recipients?.items ?? [];
  if (document.recipients?.none === true && recipients.length > 0) {
    const line = source.sourceMap.locate('/recipients/items', 'key').start.line;
    found.push(
      diagnosticAt(
        source,
        '/recipients/none',
        'contradiction',
        `\`none: true\` says the data are disclosed to no one, but \`items\` (line ${line}) lists ${plural(recipients.length, 'recipient')}; remove \`none: true\`, or remove the recipients`,
      ),
    );
  }
  return found;
}
