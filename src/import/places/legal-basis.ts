import type { NoticeDocument } from '../../model/index.ts';
import type { Draft } from '../draft.ts';
import { basesIn } from '../facts/legal-basis.ts';
import { lawsIn } from '../facts/laws.ts';

type LegalBasis = NonNullable<NoticeDocument['legalBasis']>;

/**
 * A legal-basis statement from the notice's words: the Art. 6(1) points they
 * name (one as `basis`, several as `bases`), how firmly (`ensisijaisesti` →
 * `primarily`), and the laws they cite; the words themselves as its
 * `description`. Points the words do not name stay unnamed.
 */
export function legalBasisFrom(text: string, pointer: string, draft: Draft): LegalBasis {
  const { codes, hedge, words } = basesIn(text);
  const laws = lawsIn(text);
  const law = laws.length === 0 ? undefined : laws.length === 1 ? laws[0]?.reference : laws.map((found) => found.reference);
  codes.forEach((code, index) => {
    draft.fact({
      kind: 'legal-basis',
      value: code,
      confidence: 'medium',
      source: words[index] ?? text,
      pointer: codes.length === 1 ? `${pointer}/basis` : `${pointer}/bases/${String(index)}/basis`,
    });
  });
  if (hedge !== undefined) draft.fact({ kind: 'hedge', value: hedge, confidence: 'medium', source: text, pointer: `${pointer}/hedge` });
  laws.forEach((found, index) =>
    draft.fact({
      kind: 'law',
      value:
        [
          found.reference.kind === 'government-bill' ? '' : found.reference.number,
          found.reference.section === undefined ? '' : `§ ${found.reference.section}`,
          found.reference.article === undefined ? '' : `Art. ${found.reference.article}`,
        ]
          .filter(Boolean)
          .join(' ') ||
        (found.reference.number ?? ''),
      confidence: found.known ? 'high' : 'medium',
      source: found.written,
      pointer: `${
        codes.length > 1
          ? `${pointer}/bases/${String(
              Math.max(
                0,
                codes.findIndex((code) => code === 'legal-obligation' || code === 'public-task'),
              ),
            )}`
          : pointer
      }/law${laws.length === 1 ? '' : `/${String(index)}`}`,
      ...(found.reference.kind === 'government-bill'
        ? { note: 'a government bill is not law: lint reports it' }
        : found.known
          ? {}
          : { note: 'an act seloste does not know by its number: give its `name`' }),
    }),
  );
  const description = draft.text(text);
  if (codes.length <= 1) {
    return {
      ...(codes[0] === undefined ? {} : { basis: codes[0] }),
      ...(hedge === undefined ? {} : { hedge }),
      ...(law === undefined ? {} : { law }),
      description,
    } as LegalBasis;
  }
  // a law goes with the basis it sets up: a legal obligation or a public task, else the first
  const withLaw = Math.max(
    0,
    codes.findIndex((code) => code === 'legal-obligation' || code === 'public-task'),
  );
  return {
    description,
    bases: codes.map((basis, index) => ({
      basis,
      ...(hedge === 'and-or' && index > 0 ? { hedge } : hedge !== undefined && hedge !== 'and-or' ? { hedge } : {}),
      ...(law !== undefined && index === withLaw ? { law } : {}),
    })) as LegalBasis['bases'],
  } as LegalBasis;
}

/** Adds words on the legal basis to the notice's statement (after any it already has). */
export function addLegalBasis(text: string, draft: Draft): string {
  const existing = draft.parts.legalBasis?.description?.[draft.language];
  draft.parts.legalBasis = legalBasisFrom(existing === undefined ? text : `${existing}\n\n${text}`, '/legalBasis', draft);
  return '/legalBasis';
}
