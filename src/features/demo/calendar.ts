import { DateTime } from 'luxon';

/**
 * Dates of the demo agency, counted back from the day it is loaded, so the demo never looks stale
 * while its people and their stories stay the same on every run.
 */
export type Calendar = {
  /** Today's civil date in the agency's time zone. */
  today: string;
  /** The civil date a number of days before today (negative: after today). */
  daysAgo: (days: number) => string;
  /** A date of birth that makes someone exactly `age` today, `daysSinceBirthday` after their last birthday. */
  birthDate: (age: number, daysSinceBirthday: number) => string;
  /** An instant a number of days before now. */
  instantDaysAgo: (days: number) => Date;
};

/** The calendar for a demo loaded at `now` in the given time zone. */
export function createCalendar(now: Date, timeZone: string): Calendar {
  const start = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const iso = (date: DateTime) => date.toISODate() ?? '';
  return {
    today: iso(start),
    daysAgo: (days) => iso(start.minus({ days })),
    birthDate: (age, daysSinceBirthday) =>
      iso(start.minus({ years: age }).minus({ days: daysSinceBirthday })),
    instantDaysAgo: (days) => DateTime.fromJSDate(now).minus({ days }).toJSDate(),
  };
}

/**
 * Days lived by someone of that age and days past their birthday, never more than the true count
 * (leap days only add to it), so "started after birth" checks made with it always hold.
 */
export function daysLived(age: number, daysSinceBirthday: number): number {
  return age * 365 + daysSinceBirthday;
}
