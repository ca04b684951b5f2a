import type { NoticeDocument, SourceKind } from '../../model/index.ts';
import type { Draft } from '../draft.ts';
import { classify, SOURCE_KINDS } from '../facts/kinds.ts';
import type { Section } from '../sections.ts';
import { IdSet, normalise } from '../text.ts';
import { phraseAt } from './phrase.ts';
import { aroundList, flat, headerRows, placed, proseOf } from './prose.ts';

type Source = NonNullable<NonNullable<NoticeDocument['sources']>['items']>[number];

const CONSENT = /suostumuksella|suostumuksen perusteella|with (?:your|their|the data subject'?s) consent|med (?:ditt |den registrerades )?samtycke/iu;
/**
 * Where the data come from: each list item (or table row) a source with its
 * kind read from its words. Where the section has only paragraphs, they are
 * the description, and each kind of source they name becomes a source
 * labelled with the notice's own words (`viranomaisilta`), for the record and
 * lint; the report asks the reader to check those labels.
 */
export function placeSources(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const blocks = section.blocks.filter((block) => !(block.kind === 'row' && block.emphasised === true));
  const { before, items, after } = aroundList(blocks);
  const ids = new IdSet('lahde');
  const sources: Source[] = [];
  const add = (label: string, kind: SourceKind, consent: boolean, source: string, confidence: 'medium' | 'low') => {
    const index = sources.length;
    sources.push({ id: ids.take(label, 3), kind, ...(consent ? { collectedWithConsent: true } : {}), label: draft.text(label) });
    draft.fact({ kind: 'source', value: `${kind}: ${label}`, confidence, source, pointer: `/sources/items/${String(index)}` });
  };
  for (const item of items) {
    const cells = (item.cells ?? []).map(normalise).filter((cell) => cell !== '');
    const label = item.kind === 'row' && cells.length > 1 ? (cells[0] ?? '') : flat(item);
    const kind = classify(flat(item), SOURCE_KINDS).kinds[0] ?? 'other';
    add(label, kind, CONSENT.test(flat(item)), item.text, 'medium');
    if (item.kind === 'row' && cells.length > 1) {
      const last = sources.at(-1);
      if (last !== undefined) sources[sources.length - 1] = { ...last, description: draft.text(cells.slice(1).join('\n\n')) };
    }
  }
  const prose = [...before, ...after];
  const description = proseOf(prose);
  if (items.length === 0) {
    for (const block of prose) {
      const text = flat(block);
      for (const [kind, pattern] of SOURCE_KINDS) {
        const match = pattern.exec(text);
        if (match === null || sources.some((source) => source.kind === kind)) continue;
        add(phraseAt(text, match.index, match[0].length), kind, kind === 'data-subject' && CONSENT.test(text), text, 'low');
      }
    }
  }
  if (sources.length > 0 || description !== '') {
    draft.parts.sources = {
      ...(description === '' ? {} : { description: draft.text(description) }),
      ...(sources.length === 0 ? {} : { items: sources as [Source, ...Source[]] }),
    };
  }
  placed(draft, section, 'sources', sources.length > 0 || description !== '' ? ['/sources'] : []);
}
