import { knownAct, lawKind, lawReferences, type DeepReadonly, type LawReference } from '../model/index.ts';
import type { RecordLawReference } from './record-types.ts';
import { withDefined } from './defined.ts';

/**
 * A `law` key of the notice (one reference or several) as the record's list:
 * each as cited, with the act seloste knows by its number (names in each
 * language, what replaced it). `kind` only where the notice says it or the
 * number shows it, never the schema's default.
 */
export function lawReferencesRecord(laws: DeepReadonly<LawReference> | readonly DeepReadonly<LawReference>[] | undefined): RecordLawReference[] | undefined {
  const references = lawReferences(laws);
  return references.length === 0 ? undefined : references.map(lawReferenceRecord);
}

function lawReferenceRecord(reference: DeepReadonly<LawReference>): RecordLawReference {
  const known = knownAct(reference);
  const shownByNumber = reference.number !== undefined && (known !== undefined || lawKind(reference) === 'government-bill');
  return withDefined({
    kind: reference.kind ?? (shownByNumber ? lawKind(reference) : undefined),
    number: reference.number,
    section: reference.section,
    subsection: reference.subsection,
    article: reference.article,
    name: reference.name,
    text: reference.text,
    knownAct: known === undefined ? undefined : withDefined({ number: known.number, kind: known.kind, names: known.names, replacedBy: known.replacedBy }),
  });
}
