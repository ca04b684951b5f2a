/** An ISO 8601 duration as the schema allows it (`P1Y6M`, `P30D`), split into its units. */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/u;

/** The units of an ISO 8601 duration of years, months, weeks and days; `undefined` for any other string. */
export function parseDuration(value: string): Duration | undefined {
  const match = DURATION.exec(value);
  if (match === null || value === 'P') return undefined;
  const [, years, months, weeks, days] = match.map((part) => Number(part ?? 0));
  return { years: years ?? 0, months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0 };
}

/**
 * Compares two durations: `longer`, `shorter`, `equal` (`P1Y` and `P12M`), or
 * `incomparable` when calendar lengths decide (`P1M` and `P30D`: a month is
 * 28 to 31 days) or either is not a duration.
 */
export function compareDurations(before: string, after: string): 'longer' | 'shorter' | 'equal' | 'incomparable' {
  const a = parseDuration(before);
  const b = parseDuration(after);
  if (a === undefined || b === undefined) return 'incomparable';
  const [aMonths, aDays, bMonths, bDays] = [a.years * 12 + a.months, a.weeks * 7 + a.days, b.years * 12 + b.months, b.weeks * 7 + b.days];
  if (aMonths === bMonths && aDays === bDays) return 'equal';
  if (bMonths >= aMonths && bDays >= aDays) return 'longer';
  if (bMonths <= aMonths && bDays <= aDays) return 'shorter';
  // months against days: decided only where the shortest calendar reading of one exceeds the longest of the other
  const [aLeast, aMost, bLeast, bMost] = [bounds(a, 'least'), bounds(a, 'most'), bounds(b, 'least'), bounds(b, 'most')];
  if (bLeast > aMost) return 'longer';
  if (bMost < aLeast) return 'shorter';
  return 'incomparable';
}

function bounds(duration: Duration, which: 'least' | 'most'): number {
  const [year, month] = which === 'least' ? [365, 28] : [366, 31];
  return duration.years * year + duration.months * month + duration.weeks * 7 + duration.days;
}
