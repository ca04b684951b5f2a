import { property, ROOT } from '../align.ts';
import type { DiffContext } from '../context.ts';

const AUTOMATED = property(ROOT, 'automatedDecisionMaking');

/**
 * Automated decisions and profiling: either starting is material (GDPR Art.
 * 13(2)(f), 22), either stopping or becoming unstated minor.
 */
export function compareAutomated(context: DiffContext): void {
  let changed = false;
  for (const fact of ['automatedDecisions', 'profiling'] as const) {
    const state = (value: boolean | undefined) => (value === undefined ? 'not-stated' : String(value));
    const before = context.old.document.automatedDecisionMaking?.notStated === undefined ? context.old.document.automatedDecisionMaking?.[fact] : undefined;
    const after = context.new.document.automatedDecisionMaking?.notStated === undefined ? context.new.document.automatedDecisionMaking?.[fact] : undefined;
    if (before === after) continue;
    const place = property(AUTOMATED, fact);
    context.add({
      kind: 'automated-decision-making-changed',
      significance: after === true ? 'material' : 'minor',
      id: fact,
      from: state(before),
      to: state(after),
      place: { path: place.path, ...(before === undefined ? {} : { old: place.old ?? '' }), ...(after === undefined ? {} : { new: place.new ?? '' }) },
      covers: 'values',
    });
    changed = true;
  }
  // the logic and consequences that come or go with the processing are part of its change
  if (changed) context.claim('notice', AUTOMATED.path, 'values');
}
