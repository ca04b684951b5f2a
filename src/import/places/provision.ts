import type { NoticeDocument } from '../../model/index.ts';
import type { Draft } from '../draft.ts';
import type { Section } from '../sections.ts';
import { headerRows, placed, proseOf } from './prose.ts';

type Provision = NonNullable<NoticeDocument['provision']>;

const REQUIREMENTS: readonly (readonly [NonNullable<Provision['requirement']>, RegExp])[] = [
  ['voluntary', /vapaaehtois|voluntary|not (?:obliged|required)|frivillig/iu],
  ['pre-contractual', /sopimuksen (?:tekemise|solmimise)\p{L}* (?:edellytys|edellyttää)|(?:enter|entering) into (?:a|the) contract|ingå avtal/iu],
  ['statutory', /lakisääteis|laki(?:in)? (?:edellyttää|velvoittaa)|required by law|statutory|lagstadga|krävs enligt lag/iu],
  ['contractual', /sopimukse\p{L}* (?:edellytys|edellyttämä|perusteella)|contractual requirement|required by (?:the|a) contract|avtalsenligt krav/iu],
];

/** Words that say whether the data must be given. */
export function isProvision(text: string): boolean {
  return /(?:tietojen|henkilötietojen) antami|antaa tiedot|on vapaaehtoista|velvollisuus antaa|obliged to provide|required to provide|providing (?:your |the )?(?:personal )?data is|skyldig att lämna|lämna uppgifter(?:na)? är/iu.test(
    text,
  );
}

/** A `provision` from the notice's words: the requirement they name, and the words as its `description`. */
export function provisionFrom(text: string, draft: Draft): Provision {
  const found = REQUIREMENTS.find(([, pattern]) => pattern.test(text));
  if (found !== undefined)
    draft.fact({ kind: 'provision', value: found[0], confidence: 'medium', source: found[1].exec(text)?.[0] ?? text, pointer: '/provision/requirement' });
  return { ...(found === undefined ? {} : { requirement: found[0] }), description: draft.text(text) };
}

/** A section on whether the data must be given (GDPR Art. 13(2)(e)). */
export function placeProvision(section: Section, draft: Draft): void {
  headerRows(section, draft);
  const text = proseOf(section.blocks);
  placed(draft, section, 'provision', text === '' ? [] : [addProvision(text, draft)]);
}

/** Adds words on whether data must be given to the notice's `provision`. */
export function addProvision(text: string, draft: Draft): string {
  const existing = draft.parts.provision?.description?.[draft.language];
  draft.parts.provision = provisionFrom(existing === undefined ? text : `${existing}\n\n${text}`, draft);
  return '/provision';
}
