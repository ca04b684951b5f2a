/** Today's date as YYYY-MM-DD, in UTC; SELOSTE_TODAY fixes it for reproducible runs. */
export function today(): string {
  return process.env['SELOSTE_TODAY'] ?? new Date().toISOString().slice(0, 10);
}
