import { DateTime } from 'luxon';
import type { TPeriod } from './schemas.ts';

/**
 * The instants a period of civil dates covers in the agency's time zone: from the start of the
 * first day to the start of the day after the last, so an enquiry at 23:30 on the last day counts.
 */
export function periodInstants(
  period: TPeriod,
  timeZone: string,
): { enquiredFrom?: Date; enquiredBefore?: Date } {
  const startOf = (date: string) => DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  return {
    ...(period.from ? { enquiredFrom: startOf(period.from).toJSDate() } : {}),
    ...(period.to ? { enquiredBefore: startOf(period.to).plus({ days: 1 }).toJSDate() } : {}),
  };
}
