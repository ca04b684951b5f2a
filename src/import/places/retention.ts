import type { NoticeDocument } from '../../model/index.ts';
import type { Draft } from '../draft.ts';
import { lawsIn } from '../facts/laws.ts';
import { retentionIn } from '../facts/retention.ts';
import type { Section } from '../sections.ts';
import { flat, headerRows, placed, proseOf } from './prose.ts';

type Rule = NonNullable<NonNullable<NoticeDocument['retention']>['rules']>[number];

/**
 * How long the data are kept: each paragraph or list item that states a
 * period (`2 vuotta`), the event that ends storage (`kunnes … peruu
 * suostumuksen`), “as long as necessary”, permanence or the records
 * management plan is a rule, with the notice's words as its description and
 * the laws it cites; the other paragraphs are the section's note. A section
 * that states none of these is one rule in its own words.
 */
export function placeRetention(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const rules: Rule[] = [...(draft.parts.retention?.rules ?? [])];
  const notes: string[] = [];
  const existingNote = draft.parts.retention?.note?.[draft.language];
  if (existingNote !== undefined) notes.push(existingNote);
  for (const block of section.blocks) {
    if (block.kind === 'row' && block.emphasised === true) continue;
    const text = flat(block);
    const found = retentionIn(text);
    if (found === undefined) {
      notes.push(proseOf([block]));
      continue;
    }
    const laws = lawsIn(text).map((law) => law.reference);
    const index = rules.length;
    const { written, periods, ...values } = found;
    rules.push({ ...values, ...(laws.length === 0 ? {} : { law: laws.length === 1 ? laws[0] : laws }), description: draft.text(text) } as Rule);
    const summary = [
      values.period,
      values.after === undefined ? undefined : `after ${values.after.join(', ')}`,
      values.until === undefined ? undefined : `until ${values.until.join(', ')}`,
      values.permanent ? 'permanent' : undefined,
      values.recordsManagementPlan ? 'records management plan' : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    draft.fact({
      kind: 'retention',
      value: summary,
      confidence: 'medium',
      source: written.join(' … ') || text,
      pointer: `/retention/rules/${String(index)}`,
      ...(periods.length > 0 ? { note: `several periods (${periods.join(', ')}): none chosen` } : {}),
    });
  }
  if (rules.length === 0 && notes.length > 0) {
    rules.push({ description: draft.text(notes.join('\n\n')) });
    notes.length = 0;
  }
  if (rules.length > 0) draft.parts.retention = { rules: rules as [Rule, ...Rule[]], ...(notes.length === 0 ? {} : { note: draft.text(notes.join('\n\n')) }) };
  placed(draft, section, 'retention', rules.length > 0 ? ['/retention'] : []);
}
