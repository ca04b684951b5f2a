import knownActs from './data/known-acts.json' with { type: 'json' };
import type { LawReference } from './generated/schema-types.ts';
import type { DeepReadonly } from './types.ts';

/** A law seloste knows by its number: its names in each language, and what replaced it. */
export interface KnownAct {
  readonly number: string;
  readonly kind: NonNullable<LawReference['kind']>;
  readonly names: Readonly<Record<string, string>>;
  /** The number of the act that replaced it, for an act no longer in force. */
  readonly replacedBy?: string;
}

const byNumber = new Map<string, KnownAct>();
for (const act of knownActs.acts as readonly (KnownAct & { readonly aliases?: readonly string[] })[]) {
  for (const number of [act.number, ...(act.aliases ?? [])]) byNumber.set(normaliseNumber(number), act);
}

/** `2016/679` and `(EU) 2016/679` alike; spaces ignored. */
function normaliseNumber(number: string): string {
  return number
    .replace(/^\((?:EU|EY|EG|EC)\)\s*/iu, '')
    .replace(/\s+/gu, '')
    .toLowerCase();
}

/** The act a reference cites, where seloste knows it by its number. */
export function knownAct(reference: DeepReadonly<LawReference>): KnownAct | undefined {
  return reference.number === undefined ? undefined : byNumber.get(normaliseNumber(reference.number));
}

/** The act of a number, where seloste knows it: `knownActByNumber('523/1999')`. */
export function knownActByNumber(number: string): KnownAct | undefined {
  return byNumber.get(normaliseNumber(number));
}

/** What a reference cites: `government-bill` for `HE 9/2018 vp` even when the notice did not say so. */
export function lawKind(reference: DeepReadonly<LawReference>): NonNullable<LawReference['kind']> {
  if (reference.kind !== undefined) return reference.kind;
  if (reference.number !== undefined && /^HE\s/iu.test(reference.number.trim())) return 'government-bill';
  return knownAct(reference)?.kind ?? 'act';
}
