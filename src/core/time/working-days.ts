import { DateTime } from 'luxon';

/**
 * Working days: Monday to Friday, less a jurisdiction's bank holidays. Rules such as "reply within
 * one working day" count in civil dates (YYYY-MM-DD), never in hours, so daylight saving and time
 * zones play no part once the starting date is known.
 */

/** The bank holidays of a jurisdiction, as civil dates. */
export type HolidayCalendar = {
  /** A name for pages: "England and Wales bank holidays". */
  name: string;
  isHoliday: (isoDate: string) => boolean;
};

/** A calendar with no holidays at all: weekends only. */
export const WEEKENDS_ONLY: HolidayCalendar = { name: 'weekends only', isHoliday: () => false };

// Civil dates are handled in UTC so that adding a day is always exactly a day.
function parseDate(isoDate: string): DateTime {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (!date.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) {
    throw new RangeError(`Not a civil date (YYYY-MM-DD): ${isoDate}`);
  }
  return date;
}

const toIso = (date: DateTime): string => date.toISODate() ?? '';

/** True for Saturday and Sunday. */
export function isWeekend(isoDate: string): boolean {
  return parseDate(isoDate).weekday >= 6;
}

/** True for a weekday that is not a bank holiday. */
export function isWorkingDay(isoDate: string, holidays: HolidayCalendar): boolean {
  return !isWeekend(isoDate) && !holidays.isHoliday(isoDate);
}

/**
 * The date n working days after a date. A rule "within 1 working day" of something that happened
 * on a Friday is due on Monday (or Tuesday after a bank holiday Monday). With n = 0, the date itself
 * when it is a working day, otherwise the next working day.
 */
export function addWorkingDays(isoDate: string, days: number, holidays: HolidayCalendar): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Working days must be a whole number, 0 or more: ${days}`);
  }
  let answers = answersByCalendar.get(holidays);
  if (!answers) {
    answers = new Map();
    answersByCalendar.set(holidays, answers);
  }
  const key = `${isoDate}|${days}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  const answer = stepWorkingDays(isoDate, days, holidays);
  if (answers.size >= MAX_REMEMBERED) answers.clear();
  answers.set(key, answer);
  return answer;
}

// A list of deadlines asks the same few questions (the same dates, the same rules) many times,
// and stepping through a calendar day by day is the slow part of showing it: answers are kept,
// per calendar object (two calendars may share a name yet not their holidays).
const MAX_REMEMBERED = 20_000;
const answersByCalendar = new WeakMap<HolidayCalendar, Map<string, string>>();

function stepWorkingDays(isoDate: string, days: number, holidays: HolidayCalendar): string {
  let date = parseDate(isoDate);
  if (days === 0) {
    while (!isWorkingDay(toIso(date), holidays)) date = date.plus({ days: 1 });
    return toIso(date);
  }
  let counted = 0;
  while (counted < days) {
    date = date.plus({ days: 1 });
    if (isWorkingDay(toIso(date), holidays)) counted += 1;
  }
  return toIso(date);
}

/** How many working days fall after `from`, up to and including `to` (0 when `to` is not later). */
export function countWorkingDaysBetween(
  from: string,
  to: string,
  holidays: HolidayCalendar,
): number {
  const start = parseDate(from);
  const end = parseDate(to);
  if (end <= start) return 0;
  // Working days up to and including a date, counted from the start of its year; whole years
  // between the two dates add their totals. A list of deadlines asks this for every row, so each
  // year is walked once per calendar and its counts kept.
  if (start.year === end.year) {
    return workingDaysSoFar(end, holidays) - workingDaysSoFar(start, holidays);
  }
  let counted = yearTotal(start.year, holidays) - workingDaysSoFar(start, holidays);
  for (let year = start.year + 1; year < end.year; year += 1) counted += yearTotal(year, holidays);
  return counted + workingDaysSoFar(end, holidays);
}

const yearsByCalendar = new WeakMap<HolidayCalendar, Map<number, Int16Array>>();

// For each day of a year (index 0 is 1 January), the working days from 1 January up to it.
function countsOfYear(year: number, holidays: HolidayCalendar): Int16Array {
  let years = yearsByCalendar.get(holidays);
  if (!years) {
    years = new Map();
    yearsByCalendar.set(holidays, years);
  }
  let counts = years.get(year);
  if (!counts) {
    const first = DateTime.utc(year, 1, 1);
    counts = new Int16Array(first.daysInYear);
    let counted = 0;
    for (let day = 0; day < counts.length; day += 1) {
      if (isWorkingDay(toIso(first.plus({ days: day })), holidays)) counted += 1;
      counts[day] = counted;
    }
    years.set(year, counts);
  }
  return counts;
}

function workingDaysSoFar(date: DateTime, holidays: HolidayCalendar): number {
  return countsOfYear(date.year, holidays)[date.ordinal - 1]!;
}

function yearTotal(year: number, holidays: HolidayCalendar): number {
  const counts = countsOfYear(year, holidays);
  return counts[counts.length - 1]!;
}

/** A civil date plus whole calendar months; the 31st becomes the month's last day when it has fewer. */
export function addMonths(isoDate: string, months: number): string {
  return toIso(parseDate(isoDate).plus({ months }));
}
