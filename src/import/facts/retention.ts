import type { RetentionEvent } from '../../model/index.ts';
import { words } from '../text.ts';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  yksi: 1,
  yhden: 1,
  yhtä: 1,
  kaksi: 2,
  kahden: 2,
  kahta: 2,
  kolme: 3,
  kolmen: 3,
  kolmea: 3,
  neljä: 4,
  neljän: 4,
  neljää: 4,
  viisi: 5,
  viiden: 5,
  viittä: 5,
  kuusi: 6,
  kuuden: 6,
  kuutta: 6,
  seitsemän: 7,
  seitsemää: 7,
  kahdeksan: 8,
  kahdeksaa: 8,
  yhdeksän: 9,
  yhdeksää: 9,
  kymmenen: 10,
  kymmentä: 10,
  kaksitoista: 12,
  kahdentoista: 12,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  ett: 1,
  en: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  tolv: 12,
};

const UNITS: readonly (readonly [string, RegExp])[] = [
  ['Y', /^(vuo(?:si|tta|den|deksi|tena|siksi|teen)|years?|år(?:et)?)$/iu],
  ['M', /^(kuukau(?:si|tta|den|deksi)|kk|months?|månad(?:er)?)$/iu],
  ['W', /^(viik(?:ko|koa|on|oksi)|weeks?|veck(?:a|or))$/iu],
  ['D', /^(päivä(?:ä|n|ksi)?|vrk|days?|dag(?:ar)?)$/iu],
];

const WORD = /[\p{L}\d]+(?:[.,]\d+)?/gu;

/** The periods a text gives (`2 vuotta`, `kuusi kuukautta`, `three years`, `12 månader`), as ISO 8601 durations, each with its words. */
export function periodsIn(text: string): { readonly period: string; readonly written: string }[] {
  const found: { period: string; written: string }[] = [];
  const tokens = [...text.matchAll(WORD)];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (next === undefined) return;
    const amount = /^\d+$/u.test(token[0]) ? Number(token[0]) : NUMBER_WORDS[token[0].toLowerCase()];
    const unit = UNITS.find(([, pattern]) => pattern.test(next[0]))?.[0];
    if (amount === undefined || unit === undefined || amount === 0 || amount > 999) return;
    // `(6)` between the number and the unit, as in `kuusi (6) vuotta`, is allowed; anything else is not
    const between = text.slice(token.index + token[0].length, next.index);
    if (!/^\s*(?:\(\d{1,4}\)\s*)?$/u.test(between) && !/^\s*$/u.test(between)) return;
    const period = `P${String(amount)}${unit}`;
    if (!found.some((entry) => entry.period === period)) found.push({ period, written: text.slice(token.index, next.index + next[0].length) });
  });
  return found;
}

/** Events that end storage, by the words notices use for them. */
const EVENTS: readonly (readonly [RetentionEvent, RegExp])[] = [
  [
    'consent-withdrawn',
    /peru\p{L}* (?:\p{L}+ ){0,2}tilau|unsubscrib|(?:avslutar|säger upp) (?:sin )?prenumeration|peru\p{L}* (?:\p{L}+ )?suostumu|suostumuksen peru|withdraw\p{L}* (?:\p{L}+ )?consent|återkalla\p{L}* (?:\p{L}+ )?samtycke/iu,
  ],
  [
    'direct-marketing-prohibited',
    /kieltä\p{L}* suoramarkkinoin|suoramarkkinointikiel|opt(?:s|ed)? out of (?:direct )?marketing|object\p{L}* to direct marketing|förbjud\p{L}* direktmarknadsföring/iu,
  ],
  [
    'customer-relationship-ended',
    /asiakkuu\p{L}* (?:päätty|päättymi|loppu)|asiakassuhte\p{L}* (?:päätty|päättymi|loppu)|customer relationship (?:ends|has ended|ended)|end of the customer relationship|kundförhållandet (?:upphör|har upphört)|kundrelationen (?:upphör|avslutas)/iu,
  ],
  [
    'contract-ended',
    /sopimu\p{L}* (?:päätty|päättymi|voimassaolon päätty|loppu)|contract (?:ends|has ended|terminat)|end of the contract|avtalet (?:upphör|har upphört|löper ut)/iu,
  ],
  ['last-contact', /viimeise\p{L}* yhteydenot|last contact|senaste kontakt/iu],
  ['last-activity', /viimeise\p{L}* (?:kirjautumi|käytö|aktiivisuu)|last (?:login|log-in|activity|use)|senaste (?:inloggning|aktivitet)/iu],
  ['account-closed', /tili\p{L}* (?:sulkemi|poistami|lakkautt|suljet)|account (?:is |has been )?(?:closed|deleted)|kontot (?:avslutas|stängs)/iu],
  ['membership-ended', /jäsenyy\p{L}* (?:päätty|päättymi)|membership (?:ends|has ended)|medlemskapet upphör/iu],
  ['employment-ended', /työsuhte\p{L}* (?:päätty|päättymi)|employment (?:ends|has ended)|anställningen upphör/iu],
  [
    'application-processed',
    /haku\p{L}* (?:päätty|päättymi)|rekrytoin\p{L}* päätty|application (?:has been )?processed|recruitment (?:is )?(?:completed|over)/iu,
  ],
  ['legal-claims-expired', /vanhentu|limitation period|preskri/iu],
];

const AS_LONG_AS_NECESSARY =
  /niin kauan,? (?:kuin|kun)\b[^.]*(?:tarpeen|tarpeellis|tarvitaan|tarvitsee|edellyttää|välttämätön)|tarpeen mukaan|as long as (?:is |it is )?(?:necessary|needed|required)|for as long as (?:necessary|needed)|så länge (?:som )?(?:det )?(?:behövs|är nödvändigt|krävs)/iu;
const AFTER = words('jälkeen|päättymisestä|after|following|efter');
const UNTIL = words('kunnes|asti|saakka|until|till|tills');
const PERMANENT = /pysyvästi|permanently|permanent|varaktigt|för all framtid/iu;
const RECORDS_PLAN = /arkistonmuodostussuunnitelm|tiedonohjaussuunnitelm|records management plan|dokumenthanteringsplan|informationsstyrningsplan/iu;
const AT_LATEST = words('enintään|korkeintaan|viimeistään|at most|at the latest|no longer than|högst|senast');

/** A retention rule as a text states it: its period, its events, and the words each was read from. */
export interface RetentionFound {
  readonly period?: string;
  readonly until?: readonly RetentionEvent[];
  readonly after?: readonly RetentionEvent[];
  readonly permanent?: true;
  readonly recordsManagementPlan?: true;
  readonly atLatest?: true;
  readonly written: readonly string[];
  /** Periods the text gives when it gives several: none is chosen. */
  readonly periods: readonly string[];
}

/**
 * Reads a retention rule from a paragraph: one period (`2 vuotta`), the events
 * that end storage (`kunnes … peruu suostumuksen`) or that a period counts
 * from (`sopimuksen päättymisen jälkeen`), “as long as necessary” (the purpose
 * fulfilled), permanence and the records management plan. Undefined when it
 * states none of them.
 */
export function retentionIn(text: string): RetentionFound | undefined {
  const written: string[] = [];
  const periods = periodsIn(text);
  const period = periods.length === 1 ? periods[0] : undefined;
  if (period !== undefined) written.push(period.written);
  let events: RetentionEvent[] = [];
  const necessary = AS_LONG_AS_NECESSARY.exec(text);
  if (necessary !== null) {
    events = ['purpose-fulfilled'];
    written.push(necessary[0]);
  } else {
    for (const [event, pattern] of EVENTS) {
      const match = pattern.exec(text);
      if (match !== null) {
        events.push(event);
        written.push(match[0]);
      }
    }
  }
  const permanent = PERMANENT.test(text);
  const plan = RECORDS_PLAN.test(text);
  if (period === undefined && events.length === 0 && !permanent && !plan) return undefined;
  const counted = period !== undefined && events.length > 0 && AFTER.test(text) && !UNTIL.test(text);
  return {
    ...(period === undefined ? {} : { period: period.period }),
    ...(events.length === 0 ? {} : counted ? { after: events } : { until: events }),
    ...(permanent ? { permanent: true as const } : {}),
    ...(plan ? { recordsManagementPlan: true as const } : {}),
    ...(AT_LATEST.test(text) && (period !== undefined || events.length > 0) ? { atLatest: true as const } : {}),
    written,
    periods: periods.length > 1 ? periods.map((entry) => entry.period) : [],
  };
}
