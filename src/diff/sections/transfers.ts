import { stated, type Notice, type TransferMechanism } from '../../model/index.ts';
import { property, ROOT } from '../align.ts';
import type { DiffContext } from '../context.ts';

const TRANSFERS = property(ROOT, 'transfers');
const DESTINATIONS = property(TRANSFERS, 'destinations');

/** Where a version transfers data to: each country, on what safeguard, and where it is written. */
function destinations(notice: Notice): Map<string, { readonly mechanism: TransferMechanism; readonly pointer: string }> {
  const found = new Map<string, { readonly mechanism: TransferMechanism; readonly pointer: string }>();
  stated(notice.document.transfers)?.destinations?.forEach((destination, index) => {
    destination.countries.forEach((country, position) => {
      if (!found.has(country)) found.set(country, { mechanism: destination.mechanism, pointer: `/transfers/destinations/${index}/countries/${position}` });
    });
  });
  return found;
}

/** How far a version says data leave the EU/EEA: not at all (or silent), possibly, or certainly. */
function reach(notice: Notice): number {
  const transfers = stated(notice.document.transfers);
  return transfers?.outsideEea === 'yes' || (transfers?.destinations?.length ?? 0) > 0 ? 2 : transfers?.outsideEea === 'possible' ? 1 : 0;
}

/**
 * Transfers outside the EU/EEA, country by country: a new country or a new
 * safeguard is material, a country dropped minor. Without destinations, a
 * notice that now says data may or do leave the EU/EEA is a new transfer.
 */
export function compareTransfers(context: DiffContext): void {
  const before = destinations(context.old);
  const after = destinations(context.new);
  let reported = false;
  for (const [country, destination] of after) {
    const old = before.get(country);
    if (old === undefined)
      context.add({
        kind: 'transfer-added',
        significance: 'material',
        id: country,
        to: destination.mechanism,
        place: { path: `${DESTINATIONS.path}/${country}`, new: destination.pointer },
      });
    else if (old.mechanism !== destination.mechanism)
      context.add({
        kind: 'transfer-changed',
        significance: 'material',
        id: country,
        from: old.mechanism,
        to: destination.mechanism,
        place: { path: `${DESTINATIONS.path}/${country}`, old: old.pointer, new: destination.pointer },
      });
    else continue;
    reported = true;
  }
  for (const [country, destination] of before) {
    if (after.has(country)) continue;
    context.add({
      kind: 'transfer-removed',
      significance: 'minor',
      id: country,
      from: destination.mechanism,
      place: { path: `${DESTINATIONS.path}/${country}`, old: destination.pointer },
    });
    reported = true;
  }
  const [was, is] = [reach(context.old), reach(context.new)];
  const outsideEea = property(TRANSFERS, 'outsideEea');
  const level = (notice: Notice) => stated(notice.document.transfers)?.outsideEea ?? 'not-stated';
  if (!reported && was !== is) {
    context.add({
      kind: is > was ? 'transfer-added' : 'transfer-removed',
      significance: is > was ? 'material' : 'minor',
      from: level(context.old),
      to: level(context.new),
      place: outsideEea,
    });
  }
  if (reported) {
    // the list is compared country by country above: what is left of it is the destinations' texts
    context.claim('notice', DESTINATIONS.path, 'values');
    context.claim('notice', outsideEea.path, 'values');
  }
}
