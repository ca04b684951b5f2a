import type { TransferMechanism } from '../../model/index.ts';
import { words } from '../text.ts';

const MECHANISMS: readonly (readonly [TransferMechanism, RegExp])[] = [
  [
    'standard-contractual-clauses',
    /mallisopimuslausek|vakiosopimuslausek|vakiolausek|standard contractual clauses|(?<![\p{L}])scc|standardavtalsklausul|modellklausul/iu,
  ],
  [
    'adequacy-decision',
    /riittävyyspäätö|riittävä(?:n)? tietosuojan tason|adequacy decision|adequate level of (?:data )?protection|data privacy framework|beslut om adekvat|adekvat skyddsnivå/iu,
  ],
  ['binding-corporate-rules', /sitov\p{L}* yrityssään|binding corporate rules|bindande företagsbestämmelser/iu],
  ['code-of-conduct', /käytännesään|code of conduct|uppförandekod/iu],
  ['certification', /sertifioin|certification|certifiering/iu],
  ['derogation', /49 artikla|artiklan 49|article 49|artikel 49/iu],
];

const COUNTRIES: readonly (readonly [string, RegExp])[] = [
  ['US', /yhdysval|(?<![\p{L}])usa(?![\p{L}])|united states|(?<![\p{L}])u\.s\.|förenta staterna/iu],
  ['GB', /iso-britannia|yhdistyneeseen kuningaskuntaan|yhdistynyt kuningaskunta|united kingdom|(?<![\p{L}])uk(?![\p{L}])|storbritannien/iu],
  ['CH', /sveitsi|switzerland|schweiz/iu],
  ['IN', /intia|(?<![\p{L}])india(?![\p{L}])|indien/iu],
  ['CN', /kiina|(?<![\p{L}])china|kina(?![\p{L}])/iu],
  ['JP', /japani|japan/iu],
  ['CA', /kanada|canada/iu],
  ['AU', /australia|australien/iu],
];

const OUTSIDE =
  /eu:n|eta:n|eu-|eta-|euroopan unionin|euroopan talousalue|eu\/eta|outside the (?:eu|european)|eea|third countr|kolmansi\p{L}* mai|utanför eu|utanför ees|tredje land/iu;
const NEGATION = words('en|et|ei|emme|ette|eivät|eikä|emmekä|eivätkä|not|no|never|inte|ej|aldrig');
const POSSIBLE =
  /voi\p{L}* (?:\p{L}+ )?(?:siirtää|siirtyä)|saattaa\p{L}* (?:\p{L}+ )?siir|mahdollisesti|tarvittaessa|may be transferred|may transfer|can be transferred|could be|kan (?:komma att )?överföras|kan överföra/iu;

/** Whether and how a text says data leave the EU/EEA: `none` (“ei siirretä”), `possible` (“voidaan siirtää”) or `yes`, the safeguards and the countries it names. */
export function transfersIn(text: string): {
  readonly outsideEea?: 'none' | 'possible' | 'yes';
  readonly mechanisms: readonly TransferMechanism[];
  readonly countries: readonly string[];
  readonly written: readonly string[];
} {
  const written: string[] = [];
  const mechanisms = MECHANISMS.filter(([, pattern]) => pattern.test(text)).map(([mechanism]) => mechanism);
  const countries = COUNTRIES.filter(([, pattern]) => pattern.test(text)).map(([country]) => country);
  let outsideEea: 'none' | 'possible' | 'yes' | undefined;
  const sentences = text
    .split(/(?<=[.!?])\s+/u)
    .filter((sentence) => /siir|transfer|överför/iu.test(sentence) && (OUTSIDE.test(sentence) || countries.length > 0));
  for (const sentence of sentences) {
    const state = NEGATION.test(sentence) ? 'none' : POSSIBLE.test(sentence) ? 'possible' : 'yes';
    // “not only …” aside, a transfer said to happen somewhere outweighs one said not to
    if (outsideEea === undefined || (outsideEea === 'none' && state !== 'none') || (outsideEea === 'possible' && state === 'yes')) outsideEea = state;
    written.push(sentence);
  }
  return { ...(outsideEea === undefined ? {} : { outsideEea }), mechanisms, countries, written };
}
