import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS as BANK_HOLIDAYS } from '../jurisdiction/england.ts';
import {
  addMonths,
  addWorkingDays,
  countWorkingDaysBetween,
  isWeekend,
  isWorkingDay,
  WEEKENDS_ONLY,
  type HolidayCalendar,
} from './working-days.ts';

describe('England and Wales bank holidays', () => {
  it.each([
    ['2025-12-25', 'Christmas Day'],
    ['2025-12-26', 'Boxing Day'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-04', 'Early May bank holiday'],
    ['2026-05-25', 'Spring bank holiday'],
    ['2026-08-31', 'Summer bank holiday'],
    ['2026-12-28', 'Boxing Day moved to Monday (it falls on a Saturday)'],
    ['2027-12-27', 'Christmas Day moved to Monday'],
    ['2027-12-28', 'Boxing Day moved to Tuesday'],
    ['2023-05-08', 'the coronation, a one-off'],
    ['2030-01-01', 'New Year’s Day'],
  ])('%s is a bank holiday (%s)', (date) => {
    expect(BANK_HOLIDAYS.isHoliday(date)).toBe(true);
    expect(isWorkingDay(date, BANK_HOLIDAYS)).toBe(false);
  });

  it.each([
    ['2026-12-24', 'Christmas Eve'],
    ['2026-03-17', 'St Patrick’s Day (a holiday in Northern Ireland only)'],
    ['2026-11-30', 'St Andrew’s Day (Scotland only)'],
    ['2026-04-02', 'Maundy Thursday, before Good Friday'],
  ])('%s is an ordinary working day in England (%s)', (date) => {
    expect(isWorkingDay(date, BANK_HOLIDAYS)).toBe(true);
  });
});

describe('adding working days', () => {
  it.each([
    // from, days, expected, story
    ['2026-06-01', 1, '2026-06-02', 'Monday + 1 is Tuesday'],
    ['2026-06-05', 1, '2026-06-08', 'Friday + 1 skips the weekend'],
    ['2026-06-06', 1, '2026-06-08', 'Saturday + 1 is Monday'],
    ['2026-06-07', 1, '2026-06-08', 'Sunday + 1 is Monday'],
    ['2026-06-01', 5, '2026-06-08', 'Monday + 5 is the next Monday'],
    ['2026-05-22', 1, '2026-05-26', 'Friday before the spring bank holiday + 1 is Tuesday'],
    [
      '2026-12-24',
      1,
      '2026-12-29',
      'Christmas Eve 2026 + 1 skips Christmas, the weekend and Boxing Day moved to Monday',
    ],
    ['2026-04-02', 1, '2026-04-07', 'Maundy Thursday + 1 skips Good Friday to Easter Monday'],
    ['2026-06-06', 0, '2026-06-08', 'Saturday + 0 rolls on to Monday'],
    ['2026-06-03', 0, '2026-06-03', 'Wednesday + 0 is Wednesday'],
  ])('%s + %i working days = %s (%s)', (from, days, expected) => {
    expect(addWorkingDays(from, days, BANK_HOLIDAYS)).toBe(expected);
  });

  it('refuses a negative or fractional number of days, and a date that is not a date', () => {
    expect(() => addWorkingDays('2026-06-01', -1, BANK_HOLIDAYS)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-06-01', 1.5, BANK_HOLIDAYS)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 1, BANK_HOLIDAYS)).toThrow(RangeError);
    expect(() => addWorkingDays('1 June 2026', 1, BANK_HOLIDAYS)).toThrow(RangeError);
  });

  it('counts the working days between two dates', () => {
    expect(countWorkingDaysBetween('2026-06-05', '2026-06-08', BANK_HOLIDAYS)).toBe(1);
    expect(countWorkingDaysBetween('2026-12-24', '2026-12-31', BANK_HOLIDAYS)).toBe(3);
    expect(countWorkingDaysBetween('2026-06-08', '2026-06-01', BANK_HOLIDAYS)).toBe(0);
  });

  it('adds calendar months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 8)).toBe('2026-09-15');
    expect(addMonths('2026-06-30', 8)).toBe('2027-02-28');
    expect(addMonths('2027-06-30', 8)).toBe('2028-02-29');
  });
});

// Dates from 2020 to 2035, as civil dates.
const civilDate = fc
  .integer({ min: 0, max: 365 * 16 })
  .map((offset) => new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
const someHolidays: fc.Arbitrary<HolidayCalendar> = fc
  .uniqueArray(civilDate, { maxLength: 200 })
  .map((dates) => ({ name: 'made up', isHoliday: (date: string) => dates.includes(date) }));
const calendars = fc.oneof(fc.constant(BANK_HOLIDAYS), fc.constant(WEEKENDS_ONLY), someHolidays);

describe('working days, whatever the dates and holidays', () => {
  it('never lands on a weekend or a holiday', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: 0, max: 30 }), calendars, (from, days, holidays) => {
        const due = addWorkingDays(from, days, holidays);
        expect(isWeekend(due)).toBe(false);
        expect(holidays.isHoliday(due)).toBe(false);
      }),
    );
  });

  it('gives a later date for more days, and never an earlier one for a later start', () => {
    fc.assert(
      fc.property(
        civilDate,
        civilDate,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        calendars,
        (a, b, n, m, holidays) => {
          const [fewer, more] = n < m ? [n, m] : [m, n];
          if (fewer !== more) {
            expect(addWorkingDays(a, fewer, holidays) < addWorkingDays(a, more, holidays)).toBe(
              true,
            );
          }
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(addWorkingDays(early, n, holidays) <= addWorkingDays(late, n, holidays)).toBe(
            true,
          );
        },
      ),
    );
  });

  it('counts back exactly the working days it added', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: 1, max: 30 }), calendars, (from, days, holidays) => {
        expect(countWorkingDaysBetween(from, addWorkingDays(from, days, holidays), holidays)).toBe(
          days,
        );
      }),
    );
  });
});
