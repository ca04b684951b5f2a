import { today as todayInFinland } from '../node/today.ts';
import { UsageError } from './usage.ts';

/** Today's date in Finland (see node/today.ts); a SELOSTE_TODAY that is not a date is a usage error. */
export function today(now?: Date): string {
  try {
    return todayInFinland(now);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}
