import type { Draft } from '../draft.ts';
import type { Section } from '../sections.ts';
import { headerRows, placed, proseOf } from './prose.ts';
import { addLegalBasis } from './legal-basis.ts';

/** A section on the legal basis: all its words are the notice's legal basis, with the points, hedge and laws they name. */
export function placeLegalBasis(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const text = proseOf(section.blocks);
  placed(draft, section, 'legalBasis', text === '' ? [] : [addLegalBasis(text, draft)]);
}
