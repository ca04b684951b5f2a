import type { LegalBasisCode, LegalBasisHedge } from '../../model/index.ts';
import { words } from '../text.ts';

/** The Art. 6(1) points, by the words notices use for them in Finnish, English and Swedish. */
const BASES: readonly { readonly code: LegalBasisCode; readonly pattern: RegExp }[] = [
  { code: 'consent', pattern: /suostumu|(?<![\p{L}])consent|samtycke|6\s?(?:artiklan|art\.?|article)?\s?\(?1\)?\s?(?:kohdan\s)?\(?a\)?(?![\p{L}])/iu },
  {
    code: 'contract',
    pattern: /sopimu(?:s|ks|st)|(?<![\p{L}])contract|(?<![\p{L}])avtal|6\s?(?:artiklan|art\.?|article)?\s?\(?1\)?\s?(?:kohdan\s)?\(?b\)?(?![\p{L}])/iu,
  },
  {
    code: 'legal-obligation',
    pattern:
      /lakisääteis\p{L}* velvoit|oikeudellis\p{L}* velvoit|lakiin perustuv\p{L}* velvoit|velvoitte\p{L}* noudattami|legal obligation|statutory obligation|comply with (?:a |the )?(?:legal|statutory)|rättslig förpliktelse/iu,
  },
  { code: 'vital-interests', pattern: /elintärke\p{L}* etu|vital interest|grundläggande intresse/iu },
  {
    code: 'public-task',
    pattern:
      /yleistä etua koskev|yleisen edun|julkisen vallan käyt|lakisääteis\p{L}* tehtäv|public interest|official authority|public task|allmänt intresse|myndighetsutövning/iu,
  },
  {
    code: 'legitimate-interests',
    pattern:
      /oikeutettu\p{L}* etu|oikeutetun edun|oikeutettuihin etuihin|perusteltu\p{L}*(?: ja oikeutettu\p{L}*)? etu|legitimate interest|berättigat intresse|berättigade intressen/iu,
  },
];

const HEDGES: readonly { readonly hedge: LegalBasisHedge; readonly pattern: RegExp }[] = [
  { hedge: 'and-or', pattern: /ja\/tai|and\/or|och\/eller/iu },
  { hedge: 'primarily', pattern: words('ensisijaisesti|primarily|mainly|first and foremost|i första hand|främst') },
  { hedge: 'as-a-rule', pattern: words('pääsääntöisesti|lähtökohtaisesti|yleensä|as a rule|in principle|generally|i regel|huvudsakligen|som huvudregel') },
  { hedge: 'may', pattern: /(?:voi|voivat|saattaa|saattavat) (?:myös )?perustua|may (?:also )?be based|can (?:also )?be based|kan (?:också )?grunda/iu },
];

/** Words that say a sentence is about the legal basis, not about consent or a contract in passing. */
export const BASIS_WORDS =
  /perustu|peruste|oikeusperust|käsittelyperust|based on|legal basis|lawful basis|basis for|on the basis|grundar sig|grund för|rättslig grund|stöd av|6 artikla|artiklan 6|article 6|art\.? 6/iu;

/** The legal bases a text names, in the order it names them, and how firmly. */
export function basesIn(text: string): { readonly codes: readonly LegalBasisCode[]; readonly hedge?: LegalBasisHedge; readonly words: readonly string[] } {
  const found = BASES.map((basis) => ({ code: basis.code, match: basis.pattern.exec(text) })).filter((entry) => entry.match !== null);
  found.sort((a, b) => (a.match?.index ?? 0) - (b.match?.index ?? 0));
  const hedge = HEDGES.find((entry) => entry.pattern.test(text))?.hedge;
  return { codes: found.map((entry) => entry.code), ...(hedge === undefined ? {} : { hedge }), words: found.map((entry) => entry.match?.[0] ?? '') };
}
