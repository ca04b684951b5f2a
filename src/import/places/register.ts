import type { Block } from '../blocks.ts';
import type { Draft } from '../draft.ts';
import type { Section } from '../sections.ts';
import { normalise } from '../text.ts';
import { flat, headerRows, placed, placeUnplaced } from './prose.ts';

const ALIAS = /^(.*\S)\s*\(\s*(?:jäljempänä\s+|hereinafter\s+|nedan\s+)?["”“»]?([\p{Lu}][\p{L} -]{1,40}?)["”“«]?\s*\)\.?$/u;

/** A register's name, and in brackets after it the short name the notice uses: `… viestintärekisteri (Rekisteri)`. */
export function registerFrom(block: Block, draft: Draft): void {
  const line = normalise(flat(block));
  const alias = ALIAS.exec(line);
  const name = alias === null ? line : (alias[1] ?? line);
  draft.parts.register = { name: draft.text(name), ...(alias === null ? {} : { referredToAs: draft.text(alias[2] ?? '') }) };
  draft.factLines.push(line);
  draft.fact({ kind: 'register', value: name, confidence: 'high', source: line, pointer: '/register/name' });
  if (alias !== null)
    draft.fact({ kind: 'register-referred-to-as', value: alias[2] ?? '', confidence: 'high', source: line, pointer: '/register/referredToAs' });
}

/** The register's name: its first line (with the short name in brackets); anything else under the heading goes to `unplaced`. */
export function placeRegister(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const [first, ...rest] = section.blocks.filter((block) => !(block.kind === 'row' && block.emphasised === true));
  if (first === undefined) return placed(draft, section, 'register', []);
  registerFrom(first.kind === 'row' ? { ...first, cells: first.cells?.slice(-1) ?? [] } : first, draft);
  const pointers = ['/register'];
  if (rest.length > 0) pointers.push(placeUnplaced(section, draft, rest));
  placed(draft, section, 'register', pointers);
}
