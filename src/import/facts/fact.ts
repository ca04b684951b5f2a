/** How sure the importer is of a fact: `high` for a value the text writes out (an e-mail address), `medium` for a reading of words (a legal basis from “suostumus”), `low` for a guess the reader should check. */
export type Confidence = 'high' | 'medium' | 'low';

/** A fact the importer read from the text, with the words it came from and where it went in the draft. */
export interface Fact {
  /** What kind of fact: `email`, `phone`, `business-id`, `address`, `controller`, `contact-person`, `legal-basis`, `hedge`, `law`, `retention`, `transfer`, `kind`, `date`, … */
  readonly kind: string;
  /** The value as it went into the draft, in a few words: `consent`, `P2Y`, `viestinta@porienergia.fi`. */
  readonly value: string;
  readonly confidence: Confidence;
  /** The text it was read from, as written. */
  readonly source: string;
  /** Where it is in the draft (a JSON pointer), and in which file; none when it is only reported. */
  readonly pointer?: string;
  readonly file?: 'notice' | 'organisation';
  /** Anything the reader should know: a check digit that does not fit, an act seloste does not know. */
  readonly note?: string;
}

/** A stretch of a line that a fact accounts for. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What is left of a line once the facts found in it are taken out: its other words, as they stand. */
export function residue(line: string, spans: readonly Span[], ignore: RegExp): string {
  let rest = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start > at) rest += line.slice(at, span.start);
    at = Math.max(at, span.end);
  }
  rest += line.slice(at);
  return rest
    .replace(ignore, ' ')
    .replace(/[\s:;,.()[\]/–—•·*-]+/gu, ' ')
    .trim();
}
