import { listedRights } from '../../model/index.ts';
import { localizedTexts } from '../../schema/index.ts';
import { affirmedMention } from '../mentions.ts';
import { defineRule } from '../rule.ts';
import { basesFor } from '../stated-entries.ts';
import { consentReliances } from './consent-basis-stated.ts';

/**
 * Consent or permission as a word of its own, inflected: `suostumuksella`,
 * `luvalla`, `samtycket`, `consented`, `permission`. Compounds and look-alikes
 * are not: `markkinointilupa`, `rakennuslupa` (a permit), `lupaus` (a promise),
 * `luvaton` (unauthorised), `access permissions`.
 */
const CONSENT_WORDS = new RegExp(
  [
    'suostumu\\p{L}*',
    '(?:lupa|lupaa|luvan|luvat|luvalla|luvalle|luvasta|luvassa|lupia|lupien|luvista|luvilla|luvissa)(?:ni|si|nne|nsa|nsä|an)?',
    'samtyck\\p{L}*',
    'consent\\p{L}*',
    '(?<!(?:access|user|file|system)\\s)permissions?',
  ]
    .map((word) => `(?<![\\p{L}\\p{N}-])(?:${word})(?![\\p{L}\\p{N}-])`)
    .join('|'),
  'iu',
);

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
      const mention = affirmedMention(text, CONSENT_WORDS);
      if (mention === undefined) continue;
      context.report({ pointer, messageId: 'undeclared', data: { word: mention.word } });
      return;
    }
  },
});
