import { listedRights } from '../../model/index.ts';
import { localizedTexts } from '../../schema/index.ts';
import { affirmedMention, type Mention } from '../mentions.ts';
import { defineRule } from '../rule.ts';
import { basesFor } from '../stated-entries.ts';
import { consentReliances } from './consent-basis-stated.ts';

/** A word as a whole word: not part of a compound such as `markkinointilupa` or `lupa-asia`. */
function wholeWords(words: readonly string[]): RegExp {
  return new RegExp(words.map((word) => `(?<![\\p{L}\\p{N}-])(?:${word})(?![\\p{L}\\p{N}-])`).join('|'), 'iu');
}

/**
 * Consent or permission, inflected: `suostumuksella`, `samtycket`,
 * `consented`, `permission`; not `access permissions`.
 */
const CONSENT_WORDS = wholeWords(['suostumu\\p{L}*', 'samtyck\\p{L}*', 'consent\\p{L}*', '(?<!(?:access|user|file|system)\\s)permissions?']);

/**
 * `lupa` and its forms (`luvalla`, `luvan`), which may also mean a permit
 * (`luvan hakija`, a permit applicant); not `lupaus` (a promise) or
 * `luvaton` (unauthorised).
 */
const LUPA = wholeWords([
  '(?:lupa|lupaa|luvan|luvat|luvalla|luvalle|luvasta|luvassa|lupia|lupien|luvista|luvilla|luvissa)(?:ni|si|nne|nsa|nsä|an)?(?!\\s+(?:hak|halt))',
]);

/**
 * Where a text speaks of consent: a word that means only consent, in any of
 * its languages; a form of `lupa` only in a text without translations, since
 * a translation that speaks of consent is found by the first test, and one
 * that speaks of a permit shows what `lupa` meant.
 */
function consentIn(text: Readonly<Record<string, string>>): Mention | undefined {
  return affirmedMention(text, CONSENT_WORDS) ?? (Object.keys(text).length === 1 ? affirmedMention(text, LUPA) : undefined);
}

export const consentUndeclared = defineRule({
  meta: {
    id: 'consent-undeclared',
    description: 'A notice that speaks of consent or permission declares consent as the legal basis of the processing that rests on it.',
    law: [{ source: 'GDPR', provision: 'Art. 6(1)(a), 7, 13(1)(c), 13(2)(c)' }],
    messages: {
      undeclared:
        'The notice speaks of consent here (“{{word}}”), but no purpose declares consent as its legal basis: if some processing rests on consent, state it as the basis of those purposes (`legalBasis: {basis: consent}`, GDPR Art. 6(1)(a), 13(1)(c)) with how to withdraw it (Art. 7(3), 13(2)(c)); if none does, reword the text',
    },
    defaultSeverity: 'warning',
    recommended: true,
  },
  check(notice, context) {
    if (basesFor(notice).has('consent')) return;
    // where consent-basis-stated or rights-fit-bases already reports the reliance on consent, once is enough
    if (consentReliances(notice).length > 0 || listedRights(notice).includes('withdraw-consent')) return;
    for (const { pointer, text } of localizedTexts('notice', notice.document)) {
      const mention = consentIn(text);
      if (mention === undefined) continue;
      context.report({ pointer, messageId: 'undeclared', data: { word: mention.word } });
      return;
    }
  },
});
