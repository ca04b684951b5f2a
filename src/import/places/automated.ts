import type { Draft } from '../draft.ts';
import type { Section } from '../sections.ts';
import { sentencesOf, words } from '../text.ts';
import { headerRows, placed, proseOf } from './prose.ts';

const DECISIONS = /automaatti\p{L}* (?:yksittäis)?päätök|automated (?:individual )?decision|automatiserat? (?:individuellt )?beslut|automatiska beslut/iu;
const PROFILING = /profiloi|profiling|profilering/iu;
const NEGATION = words('en|et|ei|emme|ette|eivät|enkä|etkä|eikä|emmekä|ettekä|eivätkä|not|no|never|neither|nor|inte|ej|ingen|inga|aldrig');

/** Whether automated decisions or profiling take place: the section's words, and each yes or no that a sentence of them says. */
export function placeAutomated(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const text = proseOf(section.blocks);
  if (text === '') return placed(draft, section, 'automated', []);
  const flags: { automatedDecisions?: boolean; profiling?: boolean } = {};
  for (const sentence of sentencesOf(text)) {
    const negated = NEGATION.test(sentence);
    for (const [key, pattern] of [
      ['automatedDecisions', DECISIONS],
      ['profiling', PROFILING],
    ] as const) {
      if (!pattern.test(sentence) || flags[key] !== undefined) continue;
      flags[key] = !negated;
      draft.fact({
        kind: key === 'profiling' ? 'profiling' : 'automated-decisions',
        value: String(!negated),
        confidence: 'medium',
        source: sentence,
        pointer: `/automatedDecisionMaking/${key}`,
      });
    }
  }
  draft.parts.automatedDecisionMaking = { ...flags, description: draft.text(text) };
  placed(draft, section, 'automated', ['/automatedDecisionMaking']);
}
