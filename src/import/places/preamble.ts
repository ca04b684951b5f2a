import type { Block } from '../blocks.ts';
import type { Draft } from '../draft.ts';
import { normalise } from '../text.ts';
import { placed, proseOf } from './prose.ts';

/** A line that is only the kind of document, which the page prints itself: `TIETOSUOJASELOSTE`, `Privacy notice`. */
const KIND_ONLY =
  /^(?:tietosuojaseloste|rekisteriseloste|tietosuoja- ja rekisteriseloste|rekisteri- ja tietosuojaseloste|tietosuojailmoitus|privacy notice|privacy policy|privacy statement|data protection notice|dataskyddsbeskrivning|integritetspolicy|registerbeskrivning|dataskyddsmeddelande)$/iu;
/** Words that make a line the title. */
const TITLE_WORDS = /seloste|tietosuoja|privacy|data protection|dataskydd|integritet|registerbeskrivning|informointi/iu;
/** Words that make a line the register's name. */
const REGISTER_WORDS = /rekisteri|register|registret/iu;

/**
 * What comes before the first section: the title (a line that names the
 * document, such as `Markkinoinnin tietosuojaseloste`), the register's name
 * (a line that names a register), and the introduction (everything else, in
 * its words). A line that is only the kind of document (`TIETOSUOJASELOSTE`)
 * is the title only when there is no other.
 */
export function placePreamble(blocks: readonly Block[], draft: Draft): void {
  const intro: Block[] = [];
  let title: Block | undefined;
  let kind: Block | undefined;
  const lines = blocks.flatMap((block) => (block.kind === 'paragraph' ? block.text.split('\n').map((text) => ({ ...block, text })) : [block]));
  for (const block of lines) {
    const text = normalise(block.text);
    const line = (block.kind === 'heading' || block.kind === 'paragraph') && !block.text.includes('\n') && text.length <= 160 && !/[.!?]$/u.test(text);
    if (line && KIND_ONLY.test(text)) {
      kind ??= block;
      if (kind !== block) intro.push(block);
      continue;
    }
    if (line && title === undefined && TITLE_WORDS.test(text)) {
      title = block;
      continue;
    }
    if (line && draft.registerLine === undefined && REGISTER_WORDS.test(text) && text.split(' ').length <= 12) {
      draft.registerLine = block;
      continue;
    }
    if (line && title === undefined && intro.length === 0 && block.kind === 'heading') {
      title = block;
      continue;
    }
    intro.push(block);
  }
  if (title === undefined && kind !== undefined && draft.registerLine === undefined) title = kind;
  else if (kind !== undefined) draft.structure.push(kind.text);
  const pointers: string[] = [];
  if (title !== undefined) {
    draft.parts.title = draft.text(normalise(title.text));
    pointers.push('/title');
  }
  const text = proseOf(intro);
  if (text !== '') {
    draft.parts.introduction = draft.text(text);
    pointers.push('/introduction');
  }
  if (blocks.length > 0) placed(draft, undefined, 'preamble', pointers);
}
