import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { checkClassroomSession, type AreaCalendar } from './session-rules.ts';

const ZONE = 'Europe/London';

// Two areas whose councils chose different autumn half-terms. Northfield's falls in the week the
// clocks go back (Sunday 25 October 2026); Riverside's is the week before.
const northfield: AreaCalendar = {
  name: 'Northfield',
  terms: [
    { startsOn: '2026-09-02', endsOn: '2026-12-18' },
    { startsOn: '2027-01-05', endsOn: '2027-04-01' },
  ],
  excludedDates: [
    { kind: 'inset_day', startsOn: '2026-09-02', endsOn: '2026-09-02' },
    { kind: 'half_term', startsOn: '2026-10-26', endsOn: '2026-10-30' },
    { kind: 'inset_day', startsOn: '2026-11-20', endsOn: '2026-11-20' },
    { kind: 'half_term', startsOn: '2027-02-15', endsOn: '2027-02-19' },
  ],
};
const riverside: AreaCalendar = {
  name: 'Riverside',
  terms: northfield.terms,
  excludedDates: [
    { kind: 'half_term', startsOn: '2026-10-19', endsOn: '2026-10-23' },
    { kind: 'half_term', startsOn: '2027-02-22', endsOn: '2027-02-26' },
  ],
};

/** The instant a date and a wall-clock time in London stand for. */
const at = (date: string, time: string) =>
  DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toJSDate();

const check = (area: AreaCalendar, date: string, from: string, to: string) =>
  checkClassroomSession({ startsAt: at(date, from), endsAt: at(date, to), timeZone: ZONE, area });

/** Every school day in an area's terms: weekdays, not in half-term, not an inset day. */
function schoolDays(area: AreaCalendar): string[] {
  const days: string[] = [];
  for (const term of area.terms) {
    for (let day = DateTime.fromISO(term.startsOn); day.toISODate()! <= term.endsOn;) {
      const iso = day.toISODate()!;
      const isClosed = area.excludedDates.some((c) => c.startsOn <= iso && iso <= c.endsOn);
      if (day.weekday <= 5 && !isClosed) days.push(iso);
      day = day.plus({ days: 1 });
    }
  }
  return days;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

describe('when a classroom session may run', () => {
  it('accepts any session on a school day that keeps between 10am and 2pm', () => {
    const days = schoolDays(northfield);
    const inside = fc
      .record({
        day: fc.constantFrom(...days),
        start: fc.integer({ min: 600, max: 839 }),
        length: fc.integer({ min: 1, max: 240 }),
      })
      .filter(({ start, length }) => start + length <= 840);
    fc.assert(
      fc.property(inside, ({ day, start, length }) => {
        expect(check(northfield, day, hhmm(start), hhmm(start + length))).toEqual({ ok: true });
      }),
    );
  });

  it('refuses a session that runs past 2pm, even by a minute, and says when it ends', () => {
    const days = schoolDays(riverside);
    fc.assert(
      fc.property(
        fc.constantFrom(...days),
        fc.integer({ min: 600, max: 839 }),
        fc.integer({ min: 841, max: 1200 }),
        (day, start, end) => {
          const result = check(riverside, day, hhmm(start), hhmm(end));
          expect(result).toMatchObject({
            ok: false,
            reasons: [`The session ends after 2pm (${hhmm(end)})`],
          });
        },
      ),
    );
  });

  it('refuses a session that starts before 10am, whenever it ends', () => {
    const days = schoolDays(riverside);
    fc.assert(
      fc.property(
        fc.constantFrom(...days),
        fc.integer({ min: 360, max: 599 }),
        fc.integer({ min: 1, max: 240 }),
        (day, start, length) => {
          const result = check(riverside, day, hhmm(start), hhmm(start + length));
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.reasons[0]).toMatch(/^It starts before 10am/);
        },
      ),
    );
  });

  it('refuses every day of half-term and every inset day, naming the area', () => {
    const closedDays = northfield.excludedDates.flatMap((closure) => {
      const days: { date: string; kind: string }[] = [];
      for (let day = DateTime.fromISO(closure.startsOn); day.toISODate()! <= closure.endsOn;) {
        days.push({ date: day.toISODate()!, kind: closure.kind });
        day = day.plus({ days: 1 });
      }
      return days;
    });
    fc.assert(
      fc.property(fc.constantFrom(...closedDays), ({ date, kind }) => {
        const result = check(northfield, date, '10:00', '12:00');
        const day = DateTime.fromISO(date).toFormat('d LLLL yyyy');
        const reason =
          kind === 'half_term'
            ? `${day} is in half-term for Northfield`
            : `${day} is a school training (inset) day in Northfield`;
        expect(result).toMatchObject({ ok: false, reasons: [reason] });
      }),
    );
  });

  it('keeps 10am to 2pm on the wall clock across the days the clocks change', () => {
    // The clocks go back on Sunday 25 October 2026 and forward on Sunday 28 March 2027.
    const weekBefore = at('2026-10-19', '10:00');
    const dayAfter = at('2026-10-26', '10:00');
    expect(check(riverside, '2026-10-26', '10:00', '12:00')).toEqual({ ok: true });
    expect(check(northfield, '2026-10-12', '10:00', '12:00')).toEqual({ ok: true });
    expect(weekBefore.getUTCHours()).toBe(9);
    expect(dayAfter.getUTCHours()).toBe(10);
    expect(check(riverside, '2026-10-26', '10:00', '14:01')).toMatchObject({
      reasons: ['The session ends after 2pm (14:01)'],
    });

    expect(check(northfield, '2027-03-29', '10:00', '12:00')).toEqual({ ok: true });
    expect(at('2027-03-22', '10:00').getUTCHours()).toBe(10);
    expect(at('2027-03-29', '10:00').getUTCHours()).toBe(9);
    // 09:30 UTC is 10:30 in London after the change, but 09:30 the Friday before.
    const afterChange = new Date('2027-03-29T09:30:00Z');
    const beforeChange = new Date('2027-03-26T09:30:00Z');
    const hourLater = (instant: Date) => new Date(instant.getTime() + 60 * 60 * 1000);
    const area = northfield;
    expect(
      checkClassroomSession({ startsAt: afterChange, endsAt: hourLater(afterChange), area }),
    ).toEqual({ ok: true });
    expect(
      checkClassroomSession({ startsAt: beforeChange, endsAt: hourLater(beforeChange), area }),
    ).toMatchObject({ ok: false, reasons: ['It starts before 10am (09:30)'] });
  });

  it('gives two areas with different half-terms different answers for the same day', () => {
    fc.assert(
      fc.property(fc.constantFrom('2026-10-19', '2026-10-21', '2026-10-23'), (date) => {
        expect(check(northfield, date, '10:00', '13:00').ok).toBe(true);
        expect(check(riverside, date, '10:00', '13:00')).toMatchObject({ ok: false });
      }),
    );
    expect(check(northfield, '2026-10-28', '10:00', '13:00')).toMatchObject({
      reasons: ['28 October 2026 is in half-term for Northfield'],
    });
    expect(check(riverside, '2026-10-28', '10:00', '13:00')).toEqual({ ok: true });
  });

  it.each([
    ['a Tuesday morning in term', '2026-11-10', '10:00', '14:00', []],
    [
      'a session that crosses 2pm by a minute',
      '2026-11-10',
      '10:00',
      '14:01',
      ['The session ends after 2pm (14:01)'],
    ],
    [
      'a session from 13:01 to 14:01',
      '2026-11-10',
      '13:01',
      '14:01',
      ['The session ends after 2pm (14:01)'],
    ],
    [
      'a session starting at 9:59',
      '2026-11-10',
      '09:59',
      '12:00',
      ['It starts before 10am (09:59)'],
    ],
    [
      'a Saturday',
      '2026-11-07',
      '10:00',
      '12:00',
      ['Saturday 7 November 2026 is not a school day'],
    ],
    [
      'a Sunday in term',
      '2026-11-08',
      '10:00',
      '12:00',
      ['Sunday 8 November 2026 is not a school day'],
    ],
    [
      'a half-term day',
      '2026-10-28',
      '10:00',
      '12:00',
      ['28 October 2026 is in half-term for Northfield'],
    ],
    [
      'an inset day',
      '2026-11-20',
      '10:00',
      '12:00',
      ['20 November 2026 is a school training (inset) day in Northfield'],
    ],
    [
      'the summer holidays',
      '2026-08-05',
      '10:00',
      '12:00',
      ['5 August 2026 is outside the school terms for Northfield'],
    ],
    [
      'an evening in half-term',
      '2026-10-27',
      '18:00',
      '20:00',
      ['27 October 2026 is in half-term for Northfield', 'The session ends after 2pm (20:00)'],
    ],
    [
      'a session ending before it starts',
      '2026-11-10',
      '12:00',
      '11:00',
      ['The session must end after it starts'],
    ],
    [
      'a session running overnight',
      '2026-11-10',
      '11:00',
      '2026-11-11T11:00',
      ['The session ends after 2pm (the next day)'],
    ],
  ])('%s in Northfield', (_story, date, from, to, reasons) => {
    const endsAt = to.includes('T')
      ? DateTime.fromISO(to, { zone: ZONE }).toJSDate()
      : at(date, to);
    const result = checkClassroomSession({ startsAt: at(date, from), endsAt, area: northfield });
    expect(result.ok ? [] : result.reasons).toEqual(reasons);
  });
});

/** An area in term all year round, so a property can pick any weekday of any year. */
const allYear = (year: number): AreaCalendar => ({
  name: 'Hillcrest',
  terms: [{ startsOn: `${year}-01-01`, endsOn: `${year}-12-31` }],
  excludedDates: [],
});

/** The last Sunday of a month: the day the clocks change in Europe/London (March and October). */
const lastSunday = (year: number, month: number) => {
  const last = DateTime.fromObject({ year, month }, { zone: ZONE }).endOf('month');
  return last.minus({ days: last.weekday % 7 }).toISODate()!;
};

const plusDays = (date: string, days: number) => DateTime.fromISO(date).plus({ days }).toISODate()!;

/** A session inside 10:00 to 14:00 on the wall clock, as start and end in minutes after midnight. */
const insideHours = fc
  .record({ start: fc.integer({ min: 600, max: 839 }), length: fc.integer({ min: 1, max: 240 }) })
  .filter(({ start, length }) => start + length <= 840)
  .map(({ start, length }) => ({ from: hhmm(start), to: hhmm(start + length) }));

describe('the session rule, day by day', () => {
  it('refuses the Sundays the clocks change, and keeps 10am to 2pm on the wall clock all the week after', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2025, max: 2045 }),
        fc.constantFrom(3, 10),
        fc.integer({ min: 1, max: 5 }),
        insideHours,
        (year, month, weekday, hours) => {
          const area = allYear(year);
          const sunday = lastSunday(year, month);
          const day = plusDays(sunday, weekday);
          const sundayWords = `Sunday ${DateTime.fromISO(sunday).toFormat('d LLLL yyyy')}`;
          expect(check(area, sunday, '10:00', '12:00')).toMatchObject({
            reasons: [`${sundayWords} is not a school day`],
          });
          // The same wall-clock time is an hour apart in UTC from the week before: the rule must
          // read the wall clock, not the instant.
          const shift =
            at(day, '10:00').getUTCHours() - at(plusDays(day, -7), '10:00').getUTCHours();
          expect(shift).toBe(month === 3 ? -1 : 1);
          expect(check(area, day, hours.from, hours.to)).toEqual({ ok: true });
          expect(check(area, day, '09:59', '12:00')).toMatchObject({
            reasons: ['It starts before 10am (09:59)'],
          });
          expect(check(area, day, '13:01', '14:01')).toMatchObject({
            reasons: ['The session ends after 2pm (14:01)'],
          });
        },
      ),
    );
  });

  it('refuses every Saturday and Sunday in term, whatever the hours', () => {
    const weekends: string[] = [];
    for (const term of northfield.terms) {
      for (let day = term.startsOn; day <= term.endsOn; day = plusDays(day, 1)) {
        if (DateTime.fromISO(day).weekday > 5) weekends.push(day);
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...weekends), insideHours, (date, hours) => {
        const day = DateTime.fromISO(date);
        expect(check(northfield, date, hours.from, hours.to)).toEqual({
          ok: false,
          reasons: [`${day.toFormat('cccc d LLLL yyyy')} is not a school day`],
          problems: [
            { field: 'date', reason: `${day.toFormat('cccc d LLLL yyyy')} is not a school day` },
          ],
        });
      }),
    );
  });

  it('refuses every weekday outside the terms, naming the area', () => {
    const holidays: string[] = [];
    for (let day = '2026-06-01'; day <= '2027-08-31'; day = plusDays(day, 1)) {
      const isInTerm = northfield.terms.some((term) => term.startsOn <= day && day <= term.endsOn);
      if (!isInTerm && DateTime.fromISO(day).weekday <= 5) holidays.push(day);
    }
    fc.assert(
      fc.property(fc.constantFrom(...holidays), insideHours, (date, hours) => {
        const words = DateTime.fromISO(date).toFormat('d LLLL yyyy');
        expect(check(northfield, date, hours.from, hours.to)).toMatchObject({
          ok: false,
          reasons: [`${words} is outside the school terms for Northfield`],
        });
      }),
    );
  });

  it('refuses 13:01 to 14:01 and a 09:59 start on any school day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...schoolDays(riverside)), (date) => {
        expect(check(riverside, date, '13:01', '14:01')).toMatchObject({
          reasons: ['The session ends after 2pm (14:01)'],
        });
        expect(check(riverside, date, '09:59', '11:00')).toMatchObject({
          reasons: ['It starts before 10am (09:59)'],
        });
        expect(check(riverside, date, '13:00', '14:00')).toEqual({ ok: true });
      }),
    );
  });

  it('answers by each area’s own terms when two councils start the year on different days', () => {
    // Eastbrook's schools go back on Monday 7 September; Northfield's on Wednesday 2 September.
    const eastbrook: AreaCalendar = {
      name: 'Eastbrook',
      terms: [{ startsOn: '2026-09-07', endsOn: '2026-12-18' }],
      excludedDates: [{ kind: 'half_term', startsOn: '2026-10-26', endsOn: '2026-10-30' }],
    };
    fc.assert(
      fc.property(
        fc.constantFrom('2026-09-02', '2026-09-03', '2026-09-04'),
        insideHours,
        (date, hours) => {
          expect(check(northfield, date, hours.from, hours.to).ok).toBe(date !== '2026-09-02');
          expect(check(eastbrook, date, hours.from, hours.to)).toMatchObject({
            reasons: [
              `${DateTime.fromISO(date).toFormat('d LLLL yyyy')} is outside the school terms for Eastbrook`,
            ],
          });
        },
      ),
    );
    // A day in term in one area is in half-term in the other.
    expect(check(riverside, '2026-10-28', '10:00', '12:00')).toEqual({ ok: true });
    expect(check(eastbrook, '2026-10-28', '10:00', '12:00')).toMatchObject({
      reasons: ['28 October 2026 is in half-term for Eastbrook'],
    });
  });
});
