// Example term-date files a coordinator can download, fill in and import: a CSV and an iCalendar
// file for an England-like school year, so the shape of each is clear before the council's arrive.
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { toCsv } from '../../core/csv.ts';
import { CSV_COLUMNS } from './terms-import.ts';
import type { DateKind } from './term-dates.ts';

type ExampleDate = { kind: DateKind; name: string; startsOn: string; endsOn: string };

/**
 * The school year to give as an example: the next one to start after today, or after the area's
 * last recorded term if that is later, so the example imports without overlapping anything.
 */
export function exampleSchoolYear(today: string, lastTermEndsOn: string | null): number {
  const next = (date: DateTime) => (date.month >= 9 ? date.year + 1 : date.year);
  const fromToday = next(DateTime.fromISO(today));
  return lastTermEndsOn ? Math.max(fromToday, next(DateTime.fromISO(lastTermEndsOn))) : fromToday;
}

/** Three terms, three half-terms and two inset days for the school year starting in September. */
export function exampleDates(year: number): ExampleDate[] {
  const autumn = weekdayOnOrAfter(`${year}-09-02`);
  const spring = weekdayOnOrAfter(`${year + 1}-01-05`);
  const week = (monday: DateTime) => ({
    startsOn: iso(monday),
    endsOn: iso(monday.plus({ days: 4 })),
  });
  return [
    {
      kind: 'term',
      name: `Autumn term ${year}`,
      startsOn: iso(autumn),
      endsOn: iso(weekdayOnOrBefore(`${year}-12-18`)),
    },
    { kind: 'inset_day', name: 'Inset day', startsOn: iso(autumn), endsOn: iso(autumn) },
    { kind: 'half_term', name: 'Autumn half-term', ...week(mondayOnOrAfter(`${year}-10-21`)) },
    {
      kind: 'term',
      name: `Spring term ${year + 1}`,
      startsOn: iso(spring),
      endsOn: iso(weekdayOnOrBefore(`${year + 1}-03-26`)),
    },
    { kind: 'inset_day', name: 'Inset day', startsOn: iso(spring), endsOn: iso(spring) },
    { kind: 'half_term', name: 'Spring half-term', ...week(mondayOnOrAfter(`${year + 1}-02-12`)) },
    {
      kind: 'term',
      name: `Summer term ${year + 1}`,
      startsOn: iso(mondayOnOrAfter(`${year + 1}-04-12`)),
      endsOn: iso(weekdayOnOrBefore(`${year + 1}-07-21`)),
    },
    { kind: 'half_term', name: 'Summer half-term', ...week(mondayOnOrAfter(`${year + 1}-05-25`)) },
  ];
}

/** The example as a CSV with the columns the import reads. */
export function exampleCsv(year: number): string {
  const rows = exampleDates(year).map((date) => [date.kind, date.name, date.startsOn, date.endsOn]);
  return toCsv([...CSV_COLUMNS], rows);
}

/** The example as an iCalendar file, written the way councils publish theirs (all-day events). */
export function exampleIcs(year: number, stamp: Date): string {
  const calendar = ical({
    name: `School term dates ${year} to ${year + 1}`,
    prodId: { company: 'Kinfold', product: 'term-dates', language: 'EN' },
  });
  for (const [index, date] of exampleDates(year).entries()) {
    calendar.createEvent({
      id: `term-dates-${year}-${index + 1}@kinfold.example`,
      // Luxon dates in UTC keep the day the same whatever the server's own time zone.
      start: DateTime.fromISO(date.startsOn, { zone: 'utc' }),
      // An all-day event ends on the day after its last day.
      end: DateTime.fromISO(date.endsOn, { zone: 'utc' }).plus({ days: 1 }),
      allDay: true,
      summary: date.kind === 'inset_day' ? 'INSET day (school closed to pupils)' : date.name,
      stamp,
    });
  }
  return calendar.toString();
}

function iso(day: DateTime): string {
  return day.toISODate()!;
}

function weekdayOnOrAfter(date: string): DateTime {
  const day = DateTime.fromISO(date);
  return day.weekday > 5 ? day.plus({ days: 8 - day.weekday }) : day;
}

function weekdayOnOrBefore(date: string): DateTime {
  const day = DateTime.fromISO(date);
  return day.weekday > 5 ? day.minus({ days: day.weekday - 5 }) : day;
}

function mondayOnOrAfter(date: string): DateTime {
  const day = DateTime.fromISO(date);
  return day.plus({ days: (8 - day.weekday) % 7 });
}
