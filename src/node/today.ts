/** The calendar notices are dated in: Finland's, whatever the machine's time zone. */
const HELSINKI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date as YYYY-MM-DD in Helsinki, so that a notice dated today is not
 * in the future just after midnight Finnish time; SELOSTE_TODAY fixes it for
 * reproducible runs; a value that is not such a date is a {@link RangeError}
 * (the command reports it as a usage error).
 */
export function today(now: Date = new Date()): string {
  const fixed = process.env['SELOSTE_TODAY'];
  if (fixed === undefined) return HELSINKI_DATE.format(now);
  if (!isCalendarDate(fixed)) throw new RangeError(`Unexpected SELOSTE_TODAY "${fixed}"; give a date as YYYY-MM-DD, such as 2025-01-31, or unset it`);
  return fixed;
}

/** Whether a text is a date that exists, written YYYY-MM-DD: `2025-02-28`, not `2025-2-28` or `2025-02-30`. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
