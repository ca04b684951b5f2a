import type { Draft } from '../draft.ts';
import { classify, SECURITY_MEASURES } from '../facts/kinds.ts';
import type { Section } from '../sections.ts';
import { headerRows, placed, proseOf } from './prose.ts';

/** How the data are protected: the section's words, and the measures they name (`palomuurit` → firewalls) for the record. */
export function placeSecurity(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const text = [draft.parts.security?.description?.[draft.language], proseOf(section.blocks)].filter((part) => part !== undefined && part !== '').join('\n\n');
  if (text === '') return placed(draft, section, 'security', []);
  const { kinds, words } = classify(text, SECURITY_MEASURES);
  if (kinds.length > 0)
    draft.fact({ kind: 'security-measures', value: kinds.join(', '), confidence: 'medium', source: words.join(', '), pointer: '/security/measures' });
  draft.parts.security = { ...(kinds.length === 0 ? {} : { measures: kinds }), description: draft.text(text) };
  placed(draft, section, 'security', ['/security']);
}
