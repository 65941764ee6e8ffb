import { DateTime } from 'luxon';

/** Today's civil date (YYYY-MM-DD) in the agency's time zone: "today" for a carer in London is not UTC's. */
export function todayIn(timeZone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? '';
}

/** Whole years between a birthday and a civil date. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const years = DateTime.fromISO(onDate).diff(DateTime.fromISO(dateOfBirth), 'years').years;
  return Math.floor(years);
}

/** A civil date as people write it: 4 March 2026. */
export function formatDate(
  isoDate: string | null | undefined,
  locale: 'en-GB' | 'en-US' = 'en-GB',
): string {
  if (!isoDate) return '';
  const date = DateTime.fromISO(isoDate, { locale });
  return date.isValid ? date.toLocaleString(DateTime.DATE_FULL) : isoDate;
}

/** An instant in the agency's time zone: 4 March 2026, 14:05. */
export function formatInstant(
  instant: Date,
  timeZone: string,
  locale: 'en-GB' | 'en-US' = 'en-GB',
): string {
  return DateTime.fromJSDate(instant, { zone: timeZone })
    .setLocale(locale)
    .toLocaleString(DateTime.DATETIME_MED);
}
