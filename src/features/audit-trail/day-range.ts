import { DateTime } from 'luxon';

/**
 * Turns "from" and "to" days, as the agency's people mean them (in its time zone), into instants:
 * from the first moment of the first day up to, not including, the first moment of the day after
 * the last. A day with a clock change is 23 or 25 hours long, which the time-zone library knows.
 */
export function instantsOfDays(
  days: { from?: string | undefined; to?: string | undefined },
  timeZone: string,
): { from?: Date; to?: Date } {
  const startOf = (day: string) => DateTime.fromISO(day, { zone: timeZone }).startOf('day');
  return {
    ...(days.from ? { from: startOf(days.from).toJSDate() } : {}),
    ...(days.to ? { to: startOf(days.to).plus({ days: 1 }).toJSDate() } : {}),
  };
}
