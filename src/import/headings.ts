import type { Right } from '../model/index.ts';
import { normalise } from './text.ts';

/**
 * The places in the model a section of an existing notice can go to, by its
 * heading. `register` is the register's name; `dpo` the data protection
 * officer's contact; `right` one right of the data subject (the pre-2018
 * layout gives “Tarkastusoikeus” a section of its own).
 */
export type Topic =
  | 'controller'
  | 'contacts'
  | 'dpo'
  | 'register'
  | 'purposes'
  | 'legalBasis'
  | 'provision'
  | 'dataSubjects'
  | 'dataCategories'
  | 'sources'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'security'
  | 'automated'
  | 'rights'
  | 'right'
  | 'complaint'
  | 'changes';

/** One row of the heading table: the patterns that name a topic in Finnish, English and Swedish. */
interface HeadingPattern {
  readonly topic: Topic;
  readonly right?: Right;
  readonly fi: RegExp;
  readonly en: RegExp;
  readonly sv: RegExp;
}

/**
 * The heading table, most specific first: the first row whose pattern is
 * found in a heading (its numbering stripped) decides where the section goes.
 * Stems cover the inflected forms (“Rekisterinpitäjän yhteystiedot”,
 * “tietojen luovutukset”, “säilytysaika”), and both the pre-2018
 * rekisteriseloste layout (henkilötietolaki 10 §) and the GDPR-era headings
 * per Art. 13 item.
 */
export const HEADINGS: readonly HeadingPattern[] = [
  {
    topic: 'transfers',
    fi: /siir(to|ro|täminen|rot)\p{L}*.*(eu|eta|euroopan|kolmansi|ulkopuol)|(eu|eta)\S* ulkopuol|kansainväli\p{L}* siir/iu,
    en: /transfer\p{L}*.*(outside|third countr|eu\b|eea|international)|international (data )?transfer/iu,
    sv: /överför\p{L}*.*(utanför|tredje|eu|ees)|tredjeland/iu,
  },
  {
    topic: 'automated',
    fi: /automaatti\p{L}* (yksittäis)?päätöksen|profiloin/iu,
    en: /automated|profiling/iu,
    sv: /automatis\p{L}* (beslut|individuell)|profilering/iu,
  },
  {
    topic: 'retention',
    fi: /säily(tys|ttämi|tetään|tysaj)|tietojen (poisto|poistaminen|hävittäminen)|kuinka kauan/iu,
    en: /retention|retain|storage (period|time)|how long|keeping (your )?data|storing (your )?data/iu,
    sv: /lagringstid|lagring|bevar(ande|as|ing)|gallring|hur länge/iu,
  },
  {
    topic: 'security',
    fi: /(^|[\s-])suoja(us|uksen|aminen|ustoimen|taan|tuminen)|tietoturva|turvallisuu|suojauks/iu,
    en: /security|safeguard(s|ing) (of )?(the )?(personal )?data|protect(ion|ing) (of )?(the |your )?(personal )?data|how (do )?we protect/iu,
    sv: /säkerhet|skydd(et)? av|hur (vi )?skyddar|skyddas/iu,
  },
  {
    topic: 'complaint',
    fi: /valitu|kantelu|valvontaviranomai|tietosuojavaltuutet/iu,
    en: /complain|supervisory authority|lodge/iu,
    sv: /klagomål|klaga|tillsynsmyndighet|integritetsskyddsmyndighet/iu,
  },
  {
    topic: 'rights',
    fi: /rekisteröid\p{L}* oikeu|oikeutesi|sinun oikeu|käsittelyyn liittyvät oikeu|oikeudet$|^oikeudet/iu,
    en: /your rights|rights of (the )?data subjects?|data subjects?'?s? rights|^rights$|rights (you have|under)/iu,
    sv: /registrerades rättigheter|dina rättigheter|^rättigheter/iu,
  },
  {
    topic: 'right',
    right: 'access',
    fi: /tarkastusoikeu|oikeus tarkastaa|pääsy tietoihin/iu,
    en: /right (of|to) access|access to (your )?(personal )?data|subject access/iu,
    sv: /rätt(en)? till tillgång|registerutdrag|rätt att få tillgång/iu,
  },
  { topic: 'right', right: 'rectification', fi: /oikaisu|korjaamis|korjaamista|tiedon korjaa/iu, en: /rectif|correct(ion|ing)/iu, sv: /rättelse|rätta/iu },
  {
    topic: 'right',
    right: 'erasure',
    fi: /poisto-oikeu|tietojen poistami|unohdetuksi/iu,
    en: /erasure|right to be forgotten|deletion/iu,
    sv: /radering|bli bortglömd/iu,
  },
  {
    topic: 'right',
    right: 'objection',
    fi: /kielto-oikeu|vastustamisoikeu|oikeus vastustaa|kieltää/iu,
    en: /right to object|objection/iu,
    sv: /rätt att invända|invändning/iu,
  },
  { topic: 'right', right: 'portability', fi: /siirtää tiedot|siirrettävyy/iu, en: /portability/iu, sv: /dataportabilitet|flytta/iu },
  { topic: 'right', right: 'restriction', fi: /rajoittami|rajoittaa/iu, en: /restrict/iu, sv: /begränsning/iu },
  {
    topic: 'changes',
    fi: /muutok|muuttaminen|päivittäminen|päivitykse/iu,
    en: /changes? to|amendment|updates? to (this|the)|^changes$/iu,
    sv: /ändring|uppdateringar/iu,
  },
  {
    topic: 'provision',
    fi: /tietojen antami|antamisen (vaatimus|velvollisuu|edellytys)|antaminen on|velvollisuus antaa|vapaaehtoisuu/iu,
    en: /(obligation|requirement|required) to provide|providing (your )?(personal )?data|statutory or contractual|mandatory/iu,
    sv: /skyldighet att lämna|lämna (ut )?personuppgifter|frivilligt/iu,
  },
  { topic: 'dpo', fi: /tietosuojavastaa/iu, en: /data protection officer|(^|\W)dpo(\W|$)/iu, sv: /dataskyddsombud/iu },
  {
    topic: 'contacts',
    fi: /^(rekisterinpitäjän |rekisterin |rekisteriasioiden )?yhteys(henkilö|tiedot)\p{L}*|rekisteriasioi\p{L}* (vastaava|hoitava)|vastaava henkilö|yhteyshenkilö rekisteri/iu,
    en: /^contact(s| (person|details|information|us))|person in charge/iu,
    sv: /^kontakt(person|uppgifter|information)?\b/iu,
  },
  {
    topic: 'controller',
    fi: /rekisterin ?pitäj(ä|ien|än)(?! yhteys)|rekisterinpitäjät|yhteisrekisterinpit|vastuu henkilötietojen/iu,
    en: /controller|who (is responsible|we are)|about us/iu,
    sv: /personuppgiftsansvarig|registeransvarig|registerförare|registerhållare/iu,
  },
  {
    topic: 'register',
    fi: /rekisterin nimi|^rekisteri$/iu,
    en: /name of the (register|filing system|processing)|register'?s? name/iu,
    sv: /registrets (namn|benämning)/iu,
  },
  {
    topic: 'purposes',
    fi: /tarkoitu|käyttötarkoitu|miksi (käsittel|kerää)/iu,
    en: /purpose|why (do )?we (process|collect|use)|how (do )?we use/iu,
    sv: /ändamål|syfte|varför (vi )?behandla/iu,
  },
  {
    topic: 'legalBasis',
    fi: /oikeusperust|käsittelyperust|pitämisen peruste|käsittelyn peruste|perusteet$|peruste$/iu,
    en: /legal basis|lawful basis|legal grounds?|basis (for|of) (the )?processing/iu,
    sv: /rättslig grund|laglig grund|grund(en)? för behandling/iu,
  },
  {
    topic: 'dataSubjects',
    fi: /rekisteröityjen ryhm|rekisteröidyt|rekisteröityjä|kenen tieto|henkilöryhm|rekisteröityjen piiri|keitä rekisteri/iu,
    en: /data subjects|categories of (individuals|persons)|whose (personal )?data/iu,
    sv: /registrerade|vems (person)?uppgifter/iu,
  },
  {
    topic: 'dataCategories',
    fi: /tietosisäl|henkilötietoryhm|tietoryhm|käsiteltävät (henkilö)?tiedot|kerättävät (henkilö)?tiedot|mitä (henkilö)?tietoja|rekisterin tiedot|käsittelemme seuraavia/iu,
    en: /categories of (personal )?data|^(personal )?data (processed|collected)$|(personal )?data (we|that we) (collect|process)|what (personal )?data|types of (personal )?data|data content|personal data (collected|processed)/iu,
    sv: /kategorier av personuppgifter|vilka (person)?uppgifter|registrets innehåll|uppgiftsinnehåll|personuppgifter (som )?(vi )?behandla/iu,
  },
  {
    topic: 'sources',
    fi: /tietolähte|mistä (tiedot|tietoja|saamme)|tietojen (lähte|kerää)|lähteet/iu,
    en: /sources?( of)?|where (do )?(we get|the data come)|how (do )?we (collect|obtain)/iu,
    sv: /källor|varifrån|uppgiftskällor|var (vi )?får/iu,
  },
  {
    topic: 'recipients',
    fi: /luovutu|luovuttami|vastaanottaj|kenelle|henkilötietojen käsittelijä/iu,
    en: /recipient|disclos|sharing|share (your )?(personal )?data|who (do )?we share/iu,
    sv: /mottagare|utlämna|överlåt|lämnas ut/iu,
  },
];

/** Numbering before a heading: `1.`, `5.1`, `A)`, `IV.`, `§ 3`. */
const NUMBERING = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Za-z]\)|[IVX]{1,4}\.|§\s*\d{1,2}\.?)\s+)/u;

/** A heading without its numbering and trailing colon. */
export function headingWords(heading: string): string {
  return normalise(heading).replace(NUMBERING, '').replace(/[:.]$/u, '').trim();
}

/** The number a heading starts with (`7.` → 7, `5.1` → 5), if any. */
export function headingNumber(heading: string): { readonly number: number; readonly depth: number } | undefined {
  const match = /^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S/u.exec(heading);
  if (match === null || /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}/u.test(heading)) return undefined;
  const parts = (match[1] ?? '').split('.');
  return { number: Number(parts[0]), depth: parts.length };
}

/** Where a heading places its section: the first row of {@link HEADINGS} whose pattern it matches, in any of the three languages. */
export function matchHeading(heading: string): { readonly topic: Topic; readonly right?: Right } | undefined {
  const words = headingWords(heading);
  if (words === '' || words.length > 160) return undefined;
  for (const row of HEADINGS) {
    if (row.fi.test(words) || row.en.test(words) || row.sv.test(words))
      return row.right === undefined ? { topic: row.topic } : { topic: row.topic, right: row.right };
  }
  return undefined;
}
