/** The calendar notices are dated in: Finland's, whatever the machine's time zone. */
const HELSINKI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date as YYYY-MM-DD in Helsinki, so that a notice dated today is not
 * in the future just after midnight Finnish time; SELOSTE_TODAY fixes it for
 * reproducible runs.
 */
export function today(now: Date = new Date()): string {
  return process.env['SELOSTE_TODAY'] ?? HELSINKI_DATE.format(now);
}
