import type { NoticeDocument } from '../../model/index.ts';
import type { Block } from '../blocks.ts';
import type { Draft } from '../draft.ts';
import { transfersIn } from '../facts/transfers.ts';
import type { Section } from '../sections.ts';
import { headerRows, placed, proseOf } from './prose.ts';

type Transfers = NonNullable<NoticeDocument['transfers']>;

/** Adds paragraphs on transfers outside the EU/EEA: their words, whether data leave (`none`, `possible`, `yes`), the safeguards and, where one safeguard goes with named countries, the destination. */
export function addTransfers(blocks: readonly Block[], draft: Draft): string {
  const text = [draft.parts.transfers?.description?.[draft.language], proseOf(blocks)].filter((part) => part !== undefined && part !== '').join('\n\n');
  if (text === '') return '';
  const found = transfersIn(text);
  const mechanism = found.mechanisms.length === 1 ? found.mechanisms[0] : undefined;
  const destination = found.countries.length > 0 && mechanism !== undefined && found.outsideEea !== 'none';
  const transfers: Transfers = {
    ...(found.outsideEea === undefined ? {} : { outsideEea: found.outsideEea }),
    ...(found.mechanisms.length === 0 || destination ? {} : { mechanisms: [...found.mechanisms] }),
    ...(destination ? { destinations: [{ countries: [...found.countries] as [string, ...string[]], mechanism }] } : {}),
    description: draft.text(text),
  } as Transfers;
  if (found.outsideEea !== undefined)
    draft.fact({ kind: 'transfer', value: found.outsideEea, confidence: 'medium', source: found.written[0] ?? text, pointer: '/transfers/outsideEea' });
  for (const mechanism of found.mechanisms)
    draft.fact({
      kind: 'transfer-mechanism',
      value: mechanism,
      confidence: 'medium',
      source: text,
      pointer: destination ? '/transfers/destinations/0/mechanism' : '/transfers/mechanisms',
    });
  if (found.countries.length > 0)
    draft.fact({
      kind: 'transfer-countries',
      value: found.countries.join(', '),
      confidence: destination ? 'medium' : 'low',
      source: text,
      ...(destination ? { pointer: '/transfers/destinations/0/countries' } : { note: 'no single safeguard goes with them: add the destination by hand' }),
    });
  draft.parts.transfers = transfers;
  return '/transfers';
}

/** Transfers outside the EU/EEA (GDPR Art. 13(1)(f)). */
export function placeTransfers(section: Section, draft: Draft): void {
  headerRows(section, draft);
  placed(draft, section, 'transfers', [addTransfers(section.blocks, draft)]);
}
