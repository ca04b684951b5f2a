import {
  basesOf,
  lawReferences,
  noticePointer,
  type DeepReadonly,
  type LawReference,
  type LegalBasis,
  type PerLanguage,
  type RetentionRule,
} from '../model/index.ts';
import type { BasisValue, ChangeValue, RetentionValue } from './types.ts';

/** Whether two values are the same data (key order aside). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aIsList = Array.isArray(a);
  if (aIsList !== Array.isArray(b)) return false;
  if (aIsList) {
    const [x, y] = [a as readonly unknown[], b as readonly unknown[]];
    if (x.length !== y.length) return false;
    for (let index = 0; index < x.length; index += 1) if (!sameValue(x[index], y[index])) return false;
    return true;
  }
  // a diff compares every section this way first: no arrays of keys are made
  const [x, y] = [a as Readonly<Record<string, unknown>>, b as Readonly<Record<string, unknown>>];
  let keys = 0;
  for (const key in x) {
    if (!Object.hasOwn(y, key) || !sameValue(x[key], y[key])) return false;
    keys += 1;
  }
  for (const key in y) if (Object.hasOwn(y, key)) keys -= 1;
  return keys === 0;
}

/** A value as a change reports it: a string, a list of strings, or compact JSON for anything else. */
export function changeValue(value: unknown): ChangeValue | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean'))
    return value.map(String);
  return JSON.stringify(value);
}

/** A law reference as a short, language-neutral citation: `917/2014 200 §`, `2016/679 art. 6(1)(e)`, else the notice's own words. */
export function lawCitation(law: DeepReadonly<LawReference>): string {
  const section = law.section === undefined ? undefined : law.section.includes('§') ? law.section : `${law.section} §`;
  const parts = [
    law.number,
    section,
    law.subsection === undefined ? undefined : `(${law.subsection})`,
    law.article === undefined ? undefined : `art. ${law.article}`,
  ].filter((part) => part !== undefined);
  if (parts.length > 0) return parts.join(' ');
  return firstValue(law.text) ?? firstValue(law.name) ?? '';
}

/** The first value of a per-language value, or the value itself. */
function firstValue(value: PerLanguage<string> | undefined): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return Object.values(value)[0];
}

/** The legal bases of a statement as compared: each basis with its hedge (`solely` left out), laws and condition, in a stable order. */
export function basisValues(statement: LegalBasis | undefined): BasisValue[] {
  if (statement === undefined) return [];
  return basesOf(statement, noticePointer('legalBasis'))
    .map(({ entry }): BasisValue => {
      const laws = lawReferences(entry.law).map(lawCitation);
      return {
        ...(entry.basis === undefined ? {} : { basis: entry.basis }),
        ...(entry.hedge === undefined || entry.hedge === 'solely' ? {} : { hedge: entry.hedge }),
        ...(laws.length === 0 ? {} : { laws }),
        ...(entry.specialCategoryCondition === undefined ? {} : { condition: entry.specialCategoryCondition }),
      };
    })
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

/** A retention rule's criterion as compared: its period, its events, and whether it is permanent or set by the records management plan. */
export function retentionValue(rule: RetentionRule): RetentionValue {
  const events = rule.until ?? rule.after;
  return {
    ...(rule.period === undefined ? {} : { period: rule.period }),
    ...(events === undefined ? {} : { events: [...events] }),
    ...(rule.permanent === true ? { permanent: true as const } : {}),
    ...(rule.recordsManagementPlan === true ? { recordsManagementPlan: true as const } : {}),
  };
}
