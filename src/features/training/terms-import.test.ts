import fs from 'node:fs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { checkNewDates, readCivilDate, type DateRow, type KnownDates } from './term-dates.ts';
import { exampleCsv, exampleDates, exampleIcs, exampleSchoolYear } from './terms-examples.ts';
import { readTermFile } from './terms-import.ts';

// Riverside's council calendar as it publishes it: CRLF lines, a folded line, a time zone and a
// bank holiday among the term dates.
const RIVERSIDE_ICS = fs.readFileSync(
  new URL('./examples/riverside-term-dates.ics', import.meta.url),
  'utf8',
);

const northfield: KnownDates = {
  areaName: 'Northfield',
  terms: [{ name: 'Autumn 2026', startsOn: '2026-09-02', endsOn: '2026-12-18' }],
  closures: [{ kind: 'half_term', startsOn: '2026-10-26', endsOn: '2026-10-30' }],
};

const row = (line: number, kind: DateRow['kind'], startsOn: string, endsOn: string): DateRow => ({
  line,
  kind,
  name: kind === 'term' ? `Term on line ${line}` : 'Closed',
  startsOn,
  endsOn,
});

describe('reading a CSV of term dates', () => {
  it('reads each line into a term, half-term or inset day, with its line number', () => {
    const csv = [
      'kind,name,starts_on,ends_on',
      'term,Autumn 2027,2027-09-02,2027-12-17',
      '',
      'half_term,October half-term,2027-10-25,2027-10-29',
      'inset_day,,2027-09-02,2027-09-02',
    ].join('\n');

    expect(readTermFile(csv)).toEqual({
      format: 'csv',
      rows: [
        {
          line: 2,
          kind: 'term',
          name: 'Autumn 2027',
          startsOn: '2027-09-02',
          endsOn: '2027-12-17',
        },
        {
          line: 4,
          kind: 'half_term',
          name: 'October half-term',
          startsOn: '2027-10-25',
          endsOn: '2027-10-29',
        },
        {
          line: 5,
          kind: 'inset_day',
          name: 'Inset day',
          startsOn: '2027-09-02',
          endsOn: '2027-09-02',
        },
      ],
      problems: [],
      skipped: [],
    });
  });

  it('takes the columns in any order, UK dates, and kinds written as words', () => {
    const csv =
      'Starts On,Ends On,Kind,Name\r\n02/09/2027,17/12/2027,Term,Autumn\r\n25/10/2027,29/10/2027,Half-term,\r\n';
    const { rows, problems } = readTermFile(csv);
    expect(problems).toEqual([]);
    expect(rows.map((each) => [each.kind, each.startsOn, each.endsOn])).toEqual([
      ['term', '2027-09-02', '2027-12-17'],
      ['half_term', '2027-10-25', '2027-10-29'],
    ]);
  });

  it('names the line and the reason for every line it cannot read, and still reads the rest', () => {
    const csv = [
      'kind,name,starts_on,ends_on',
      'term,Autumn 2027,2027-09-02,2027-12-17',
      'holiday,Christmas,2027-12-20,2028-01-04',
      'half_term,October,2027-10-25,2027-13-01',
      'term,,2028-01-05,2028-03-24',
      'inset_day,Training day,,2027-11-19',
      '"half_term","Half',
      'term in February",2028-02-14,2028-02-18',
    ].join('\n');

    const { rows, problems } = readTermFile(csv);

    expect(rows.map((each) => each.line)).toEqual([2, 7]);
    expect(rows[1]!.name).toBe('Half\nterm in February');
    expect(problems).toEqual([
      {
        line: 3,
        field: 'kind',
        reason: '“holiday” is not a kind of date we know: write term, half_term or inset_day',
      },
      {
        line: 4,
        field: 'endsOn',
        reason: 'The last day “2027-13-01” is not a date we can read: write it like 2027-09-02',
      },
      { line: 5, field: 'name', reason: 'The term has no name: give it one, like Autumn 2027' },
      { line: 6, field: 'startsOn', reason: 'The first day is missing: write it like 2027-09-02' },
    ]);
  });

  it('says which columns are missing, and where a quotation mark is left open', () => {
    expect(
      readTermFile('kind,title,from,ends_on\nterm,Autumn,2027-09-02,2027-12-17').problems,
    ).toEqual([
      {
        line: 1,
        field: 'file',
        reason:
          'The first line must name the columns kind, name, starts_on, ends_on; name and starts_on are missing',
      },
    ]);
    const open = readTermFile('kind,name,starts_on,ends_on\nterm,"Autumn,2027-09-02,2027-12-17\n');
    expect(open.rows).toEqual([]);
    expect(open.problems).toMatchObject([
      { field: 'file', reason: 'A quotation mark is opened but never closed' },
    ]);
  });

  it('says so when there is nothing to import', () => {
    expect(readTermFile('kind,name,starts_on,ends_on\n').problems).toEqual([
      { line: null, field: 'file', reason: 'There are no term dates in the file' },
    ]);
  });
});

describe('reading a council’s iCalendar file', () => {
  it('reads a term, a half-term week and inset days, ending the day before DTEND, and leaves out the bank holiday', () => {
    const read = readTermFile(RIVERSIDE_ICS);

    expect(read.format).toBe('ics');
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        line: 21,
        kind: 'term',
        name: 'Autumn Term 2027',
        startsOn: '2027-09-02',
        endsOn: '2027-12-17',
      },
      {
        line: 30,
        kind: 'inset_day',
        name: 'INSET day - schools closed to pupils',
        startsOn: '2027-09-02',
        endsOn: '2027-09-02',
      },
      {
        line: 36,
        kind: 'half_term',
        name: 'October half term',
        startsOn: '2027-10-25',
        endsOn: '2027-10-29',
      },
      {
        line: 50,
        kind: 'inset_day',
        name: 'Staff training day (school closed)',
        startsOn: '2027-11-19',
        endsOn: '2027-11-19',
      },
    ]);
    expect(read.skipped).toEqual([{ line: 43, summary: 'Summer bank holiday' }]);
  });

  it('refuses events it cannot take as whole days, naming their lines', () => {
    const event = (lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      ...event([
        'DTSTART:20271019T153000Z',
        'DTEND:20271019T170000Z',
        'SUMMARY:Half term briefing',
      ]),
      ...event(['DTSTART;VALUE=DATE:20270902', 'SUMMARY:Autumn term starts']),
      ...event([
        'DTSTART;VALUE=DATE:20271119',
        'RRULE:FREQ=YEARLY;COUNT=3',
        'SUMMARY:Staff training day',
      ]),
      'END:VCALENDAR',
    ].join('\n');

    expect(readTermFile(ics).problems).toEqual([
      {
        line: 3,
        field: 'startsOn',
        reason: '“Half term briefing” has a time of day: term dates are all-day events',
      },
      {
        line: 8,
        field: 'startsOn',
        reason:
          '“Autumn term starts” marks one day: give each term as one all-day event from its first day to its last',
      },
      {
        line: 12,
        field: 'startsOn',
        reason: '“Staff training day” repeats: give each date as its own event',
      },
    ]);
  });

  it('takes an event ending on the day it starts as one day, and refuses one ending before it starts', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20271119',
      'DTEND;VALUE=DATE:20271119',
      'SUMMARY:Inset day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20271225',
      'DTEND;VALUE=DATE:20271030',
      'SUMMARY:October half term',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const read = readTermFile(ics);
    expect(read.rows.map(({ startsOn, endsOn }) => [startsOn, endsOn])).toEqual([
      ['2027-11-19', '2027-11-19'],
      ['2027-12-25', '2027-10-29'],
    ]);
    const known: KnownDates = {
      areaName: 'Riverside',
      terms: [{ name: 'Autumn 2027', startsOn: '2027-09-02', endsOn: '2027-12-17' }],
      closures: [],
    };
    expect(checkNewDates(known, read.rows)).toEqual([
      {
        line: 7,
        field: 'endsOn',
        reason: 'The last day (29 October 2027) is before the first day (25 December 2027)',
      },
    ]);
  });

  it('says so when the file is not an iCalendar file after all', () => {
    expect(readTermFile('BEGIN:VCALENDAR\nthis is not a calendar\n').problems).toMatchObject([
      {
        line: null,
        field: 'file',
        reason: expect.stringMatching(/could not be read as an iCalendar/),
      },
    ]);
  });
});

describe('the example files', () => {
  it('are for the next school year without term dates in the area', () => {
    expect(exampleSchoolYear('2026-11-22', null)).toBe(2027);
    expect(exampleSchoolYear('2026-07-10', null)).toBe(2026);
    expect(exampleSchoolYear('2026-11-22', '2028-07-21')).toBe(2028);
    expect(exampleSchoolYear('2026-11-22', '2026-12-18')).toBe(2027);
  });

  it('read back as the same dates, from the CSV and from the .ics, and pass the calendar check', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2090 }), (year) => {
        const dates = exampleDates(year).map(({ kind, startsOn, endsOn }) => ({
          kind,
          startsOn,
          endsOn,
        }));
        const stamp = new Date('2026-11-22T10:00:00Z');
        for (const text of [exampleCsv(year), exampleIcs(year, stamp)]) {
          const read = readTermFile(text);
          expect(read.problems).toEqual([]);
          expect(
            read.rows.map(({ kind, startsOn, endsOn }) => ({ kind, startsOn, endsOn })),
          ).toEqual(dates);
          expect(
            checkNewDates({ areaName: 'Eastbrook', terms: [], closures: [] }, read.rows),
          ).toEqual([]);
        }
        for (const date of dates) expect(DateTime.fromISO(date.startsOn).weekday).toBeLessThan(6);
      }),
      { numRuns: 25 },
    );
  });
});

describe('what a school calendar must be', () => {
  it.each([
    ['2027-09-02', '2027-09-02'],
    ['2/9/2027', '2027-09-02'],
    ['02/09/2027', '2027-09-02'],
    ['2027-02-30', null],
    ['31/04/2027', null],
    ['2206-09-02', null],
    ['next Tuesday', null],
    ['', null],
  ])('reads “%s” as %s', (text, date) => {
    expect(readCivilDate(text)).toBe(date);
  });

  it('refuses a term that ends before it starts, or overlaps another', () => {
    expect(
      checkNewDates(northfield, [
        row(2, 'term', '2027-01-05', '2026-12-20'),
        row(3, 'term', '2026-12-14', '2027-03-26'),
        row(4, 'term', '2027-04-12', '2027-07-21'),
        row(5, 'term', '2027-07-01', '2027-07-23'),
      ]),
    ).toEqual([
      {
        line: 2,
        field: 'endsOn',
        reason: 'The last day (20 December 2026) is before the first day (5 January 2027)',
      },
      {
        line: 3,
        field: 'startsOn',
        reason:
          'Term on line 3 (14 December 2026 to 26 March 2027) overlaps Autumn 2026 (2 September 2026 to 18 December 2026), already recorded for Northfield',
      },
      {
        line: 5,
        field: 'startsOn',
        reason: 'Term on line 5 (1 July 2027 to 23 July 2027) overlaps Term on line 4 on line 4',
      },
    ]);
  });

  it('takes a closure inside a term, even one added on the same import, and refuses one outside', () => {
    expect(
      checkNewDates(northfield, [
        row(1, 'inset_day', '2026-11-20', '2026-11-20'),
        row(2, 'half_term', '2027-02-15', '2027-02-19'),
        row(3, 'term', '2027-01-05', '2027-03-26'),
        row(4, 'half_term', '2026-12-21', '2027-01-01'),
        row(5, 'inset_day', '2026-10-28', '2026-10-28'),
        row(6, 'inset_day', '2027-02-19', '2027-02-19'),
      ]),
    ).toEqual([
      {
        line: 4,
        field: 'startsOn',
        reason:
          'The half-term (21 December 2026 to 1 January 2027) is not inside a term for Northfield: add the term first, or check the dates',
      },
      {
        line: 5,
        field: 'startsOn',
        reason:
          'The inset day (28 October 2026) overlaps the half-term already recorded for Northfield (26 October 2026 to 30 October 2026)',
      },
      {
        line: 6,
        field: 'startsOn',
        reason: 'The inset day (19 February 2027) overlaps the half-term on line 2',
      },
    ]);
  });

  it('accepts any closure inside a term and refuses any that runs past either end', () => {
    const term = { startsOn: '2027-01-05', endsOn: '2027-03-26' };
    const known: KnownDates = {
      areaName: 'Hillcrest',
      terms: [{ name: 'Spring', ...term }],
      closures: [],
    };
    const day = (offset: number) =>
      DateTime.fromISO(term.startsOn).plus({ days: offset }).toISODate()!;
    const termLength = 80;
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: termLength + 30 }),
        fc.integer({ min: 0, max: 9 }),
        (start, length) => {
          const closure = row(1, 'half_term', day(start), day(start + length));
          const isInside = start >= 0 && start + length <= termLength;
          expect(checkNewDates(known, [closure]).length === 0).toBe(isInside);
        },
      ),
    );
  });
});
