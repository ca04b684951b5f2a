import type { Draft } from '../draft.ts';
import type { Section } from '../sections.ts';
import { headerRows, placed, proseOf } from './prose.ts';

/** How the notice is changed: the section's words. */
export function placeChanges(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const text = [draft.parts.changes?.description?.[draft.language], proseOf(section.blocks)].filter((part) => part !== undefined && part !== '').join('\n\n');
  if (text !== '') draft.parts.changes = { description: draft.text(text) };
  placed(draft, section, 'changes', text === '' ? [] : ['/changes']);
}
